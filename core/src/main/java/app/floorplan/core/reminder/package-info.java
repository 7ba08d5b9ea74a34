/**
 * Practice reminders: the days and time a patient chooses, the devices her phone notifications go to, and the
 * clinic's daily sending of "Time for your FloorPlan practice" by Web Push and e-mail, with no health data in them.
 */
@NullMarked
package app.floorplan.core.reminder;

import org.jspecify.annotations.NullMarked;
