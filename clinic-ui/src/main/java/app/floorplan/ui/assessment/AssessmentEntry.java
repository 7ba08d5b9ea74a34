package app.floorplan.ui.assessment;

import app.floorplan.core.assessment.AssessmentSections;
import java.time.LocalDate;

/**
 * What the PT entered in the assessment form, read through core's value objects.
 *
 * @param reason why a correction was needed; empty for a first recording
 */
record AssessmentEntry(LocalDate date, AssessmentSections sections, String reason) {}
