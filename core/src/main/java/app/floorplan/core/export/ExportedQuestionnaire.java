package app.floorplan.core.export;

import app.floorplan.core.questionnaire.Instrument;
import app.floorplan.core.questionnaire.QuestionnaireScore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One answered outcome questionnaire as it leaves FloorPlan (a FHIR QuestionnaireResponse): what was stored item by
 * item, and the scores FloorPlan computes from it. No question wording: FloorPlan holds none (docs/outcome-measures.md).
 *
 * @param key a stable key within the patient's record (e.g. "questionnaire/{id}"), for a stable resource id
 * @param version the response's current version number (1 for a red-flag screen's EPDS, which is not versioned apart)
 * @param answers the stored answers, item by item in item order; empty for an instrument kept as a total only
 * @param scores the total first, then the subscales
 */
public record ExportedQuestionnaire(
        String key,
        Instrument instrument,
        LocalDate answeredOn,
        Origin origin,
        int version,
        List<Answer> answers,
        List<Score> scores) {

    public ExportedQuestionnaire {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(answeredOn, "answeredOn");
        Objects.requireNonNull(origin, "origin");
        answers = List.copyOf(answers);
        scores = List.copyOf(scores);
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("a questionnaire has at least its total");
        }
    }

    /** The total and subscales in words, e.g. "112.5 of 300 (POPDI-6 41.7, CRADI-8 25, UDI-6 45.8)". */
    public String result() {
        String total = QuestionnaireScore.shown(scores.getFirst().value()) + " of "
                + QuestionnaireScore.shown(instrument.max());
        String scales = scores.stream()
                .skip(1)
                .map(score -> score.label() + " " + QuestionnaireScore.shown(score.value()))
                .collect(Collectors.joining(", "));
        return scales.isEmpty() ? total : total + " (" + scales + ")";
    }

    /** Who put it into FloorPlan, and where. */
    public enum Origin {
        PATIENT_ON_HER_PHONE("filled in by the patient on her phone"),
        PAPER_COPY_ENTERED_BY_PT("entered by the physiotherapist from the paper copy"),
        RED_FLAG_SCREEN_AT_INTAKE("asked in the red-flag screen at the intake"),
        RED_FLAG_SCREEN_AT_VISIT("asked in the red-flag screen at a visit");

        private final String label;

        Origin(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether the patient entered it herself (she is then its author). */
        public boolean byPatient() {
            return this == PATIENT_ON_HER_PHONE;
        }
    }

    /**
     * One stored answer.
     *
     * @param item the item's number on the instrument's paper copy (PFIQ-7: question x 10 + scale)
     * @param name the activity the patient named (PSFS), in her words
     */
    public record Answer(int item, BigDecimal score, Optional<String> name) {
        public Answer {
            Objects.requireNonNull(score, "score");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A score FloorPlan computed.
     *
     * @param code a stable code within the instrument, e.g. "total", "popdi-6"
     * @param label e.g. "Total", "POPDI-6"
     */
    public record Score(String code, String label, BigDecimal value) {
        public Score {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }
}
