/** How the application writes its log lines. */
@NullMarked
package app.floorplan.ui.logging;

import org.jspecify.annotations.NullMarked;
