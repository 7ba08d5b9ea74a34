/** The installable app: FloorPlan's own service worker (offline page, practice reminders), ADR 0016. */
@NullMarked
package app.floorplan.ui.pwa;

import org.jspecify.annotations.NullMarked;
