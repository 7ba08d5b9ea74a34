/**
 * Progress over time: every measure of a patient as a dated series (questionnaire scores, pain, inter-rectus distance,
 * pelvic floor strength, ASLR, adherence) with its published change threshold, and the first-versus-latest summary a PT
 * prints at discharge or for a funder.
 */
@NullMarked
package app.floorplan.core.outcome;

import org.jspecify.annotations.NullMarked;
