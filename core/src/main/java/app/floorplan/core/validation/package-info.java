/** Refused input, reported per field so forms can show the message next to the field. */
@NullMarked
package app.floorplan.core.validation;

import org.jspecify.annotations.NullMarked;
