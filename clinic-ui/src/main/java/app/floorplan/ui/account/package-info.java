/** The account feature in the clinic application. */
@NullMarked
package app.floorplan.ui.account;

import org.jspecify.annotations.NullMarked;
