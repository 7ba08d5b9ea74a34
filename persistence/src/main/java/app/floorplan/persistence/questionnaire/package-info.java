/** Questionnaire assignments, responses (item by item, version by version) and drafts on PostgreSQL. */
@NullMarked
package app.floorplan.persistence.questionnaire;

import org.jspecify.annotations.NullMarked;
