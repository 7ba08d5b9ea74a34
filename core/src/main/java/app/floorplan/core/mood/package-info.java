/**
 * The Edinburgh Postnatal Depression Scale as item scores: asked in the red-flag screen and entered as a
 * questionnaire. A leaf package, so the screen (intake) and the questionnaires can both use it without depending on
 * each other.
 */
@NullMarked
package app.floorplan.core.mood;

import org.jspecify.annotations.NullMarked;
