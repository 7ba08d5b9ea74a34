/** Practice reminders: the patient's reminder page, the Web Push keys and senders, and the minute-by-minute dispatch. */
@NullMarked
package app.floorplan.ui.reminder;

import org.jspecify.annotations.NullMarked;
