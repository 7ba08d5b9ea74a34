package app.floorplan.core.questionnaire;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.mood.EpdsItem;
import app.floorplan.core.record.Correction;
import app.floorplan.core.record.Revision;
import app.floorplan.core.validation.Violations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a submitted questionnaire response, stored item by item. The patient cannot change it once sent; the
 * PT corrects a transcription slip with a new version and a reason, the old one kept and marked replaced.
 *
 * @param occurrence the assigned due day it answers; empty for a paper copy entered without an assignment
 * @param answeredOn the day the answers describe (the day she filled it in)
 */
public record QuestionnaireResponse(
        ResponseId id,
        PatientId patient,
        Instrument instrument,
        Optional<Occurrence> occurrence,
        LocalDate answeredOn,
        ResponseSource source,
        QuestionnaireAnswers answers,
        Revision revision) {

    public QuestionnaireResponse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(occurrence, "occurrence");
        if (answers.instrument() != instrument) {
            throw new IllegalArgumentException("answers of " + answers.instrument() + " for " + instrument);
        }
    }

    /**
     * The first version, scored to check it: refuses answers the published rule cannot score and a day in the future.
     */
    public static QuestionnaireResponse first(
            ResponseId id,
            PatientId patient,
            Optional<Occurrence> occurrence,
            LocalDate answeredOn,
            ResponseSource source,
            QuestionnaireAnswers answers,
            AccountId by,
            Instant at,
            LocalDate today) {
        check(answers, answeredOn, today);
        return new QuestionnaireResponse(
                id, patient, answers.instrument(), occurrence, answeredOn, source, answers, Revision.first(by, at));
    }

    /** A corrected version (same instrument), refusing every problem at once. */
    public Correction<QuestionnaireResponse> correct(
            LocalDate correctedAnsweredOn,
            QuestionnaireAnswers correctedAnswers,
            AccountId author,
            Instant at,
            String reason,
            LocalDate today) {
        var violations = new Violations();
        var next = violations.attempt(() -> revision.correction(author, at, reason));
        violations.check(
                correctedAnswers.instrument() == instrument,
                QuestionnaireFields.INSTRUMENT,
                "A correction keeps the instrument: enter another questionnaire as a new response");
        violations.attempt(() -> check(correctedAnswers, correctedAnsweredOn, today));
        violations.throwIfAny();
        return new Correction<>(
                new QuestionnaireResponse(
                        id, patient, instrument, occurrence, answeredOn, source, answers, revision.markedReplaced()),
                new QuestionnaireResponse(
                        id,
                        patient,
                        instrument,
                        occurrence,
                        correctedAnsweredOn,
                        source,
                        correctedAnswers,
                        next.orElseThrow()));
    }

    public QuestionnaireScore score() {
        return instrument.scoring().score(answers);
    }

    /** The EPDS item 10 score (thoughts of self-harm), for an EPDS response. */
    public Optional<Integer> selfHarmItem() {
        return instrument == Instrument.EPDS
                ? answers.score(EpdsItem.SELF_HARM.number()).map(score -> score.intValue())
                : Optional.empty();
    }

    private static QuestionnaireScore check(QuestionnaireAnswers answers, LocalDate answeredOn, LocalDate today) {
        var violations = new Violations()
                .check(!answeredOn.isAfter(today), QuestionnaireFields.ANSWERED_ON, "The day cannot be in the future");
        var score = violations.attempt(() -> answers.instrument().scoring().score(answers));
        violations.throwIfAny();
        return score.orElseThrow();
    }
}
