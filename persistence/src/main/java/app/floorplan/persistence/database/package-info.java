/** Which PostgreSQL the application runs on: configured, or embedded for the one-command run. */
@NullMarked
package app.floorplan.persistence.database;

import org.jspecify.annotations.NullMarked;
