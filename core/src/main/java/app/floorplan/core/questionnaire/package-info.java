/**
 * Standard questionnaires and their published scoring. The Edinburgh Postnatal Depression Scale is shared by the
 * safety screen (intake and every assessment) and the outcome measures; its wording is licensed, so FloorPlan keeps
 * item scores only.
 */
@NullMarked
package app.floorplan.core.questionnaire;

import org.jspecify.annotations.NullMarked;
