package app.floorplan.core.questionnaire;

import app.floorplan.core.identity.PatientId;
import java.time.Instant;
import java.util.Objects;

/**
 * A questionnaire the patient has started and not sent yet: her answers so far, saved with every tap so she can stop
 * and continue. A draft is not a record yet, so it is overwritten as she changes her mind; sending it makes version 1.
 */
public record ResponseDraft(
        ResponseId id, PatientId patient, Occurrence occurrence, QuestionnaireAnswers answers, Instant savedAt) {

    public ResponseDraft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(occurrence, "occurrence");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(savedAt, "savedAt");
    }

    public Instrument instrument() {
        return answers.instrument();
    }
}
