/** Questionnaires: the PT's tab (assign, enter a paper copy, read and correct) and the patient's one-question-a-screen form. */
@NullMarked
package app.floorplan.ui.questionnaire;

import org.jspecify.annotations.NullMarked;
