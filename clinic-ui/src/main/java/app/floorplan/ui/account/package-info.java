/** Staff accounts in the clinic application: the administrator's account list and changing one's own password. */
@NullMarked
package app.floorplan.ui.account;

import org.jspecify.annotations.NullMarked;
