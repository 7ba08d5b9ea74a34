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
public record SelfHarmAnswer(PatientId patient, ResponseId response, LocalDate answeredOn, int itemScore) {

    public SelfHarmAnswer {
        if (itemScore < 1 || itemScore > 3) {
            throw new IllegalArgumentException("an item-10 score that raises an alert is 1-3, got " + itemScore);
        }
    }

    /**
     * What the PT reads in the alert and on the patient's Questionnaires tab (the day is shown next to it). Always
     * urgent: no total, day or earlier answer makes it less so.
     */
    public String reason() {
        return "EPDS item 10 (thoughts of self-harm) scored " + itemScore
                + ": ask about her safety today and follow the clinic's mental-health pathway, whatever the total";
    }
}
