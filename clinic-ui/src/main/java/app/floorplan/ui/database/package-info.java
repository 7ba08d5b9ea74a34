/** The database as the clinic application sees it: telling an unreachable database from other failures. */
@NullMarked
package app.floorplan.ui.database;

import org.jspecify.annotations.NullMarked;
