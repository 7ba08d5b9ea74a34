/**
 * Assessments on PostgreSQL: one row per version and one typed table per section, loaded with one statement per table
 * however many assessments a patient has.
 */
@NullMarked
package app.floorplan.persistence.assessment;

import org.jspecify.annotations.NullMarked;
