/** core's ports implemented on PostgreSQL with JdbcClient; the schema lives in Flyway migrations only. */
@NullMarked
package app.floorplan.persistence;

import org.jspecify.annotations.NullMarked;
