package app.floorplan.ui.assessment;

import app.floorplan.core.assessment.AssessmentSections;
import app.floorplan.core.intake.ScreenAnswers;
import java.time.LocalDate;

/**
 * What the PT entered in the assessment form, read through core's value objects.
 *
 * @param redFlags the visit's red-flag screen as answered (only a new assessment asks it; a correction keeps the
 *     visit's screen)
 * @param reason why a correction was needed; empty for a first recording
 */
record AssessmentEntry(LocalDate date, AssessmentSections sections, ScreenAnswers redFlags, String reason) {}
