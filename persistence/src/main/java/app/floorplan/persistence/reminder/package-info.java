/** Practice reminders, push devices and the Web Push key pair in PostgreSQL (V30). */
@NullMarked
package app.floorplan.persistence.reminder;

import org.jspecify.annotations.NullMarked;
