package app.floorplan.core.questionnaire;

import app.floorplan.core.identity.PatientId;
import java.time.LocalDate;

/**
 * An EPDS whose item 10 (thoughts of self-harm) scored above 0: [COX-1987] scoring guidance says it should always prompt
 * further assessment, so it raises an urgent alert to the PT whatever the total.
 *
 * @param answeredOn the day the woman answered it
 * @param itemScore 1-3
 */
public record SelfHarmAnswer(PatientId patient, ResponseId response, LocalDate answeredOn, int itemScore) {}
