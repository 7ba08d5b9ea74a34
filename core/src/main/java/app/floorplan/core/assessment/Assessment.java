package app.floorplan.core.assessment;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.record.Correction;
import app.floorplan.core.record.Revision;
import app.floorplan.core.validation.Violations;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a dated, signed assessment visit. A correction never overwrites: {@link #correct} returns a new
 * version with a reason and the old one marked replaced.
 *
 * <p>{@link #record} and {@link #correct} check the rules that need context (today, the obstetric history); stored
 * versions are rebuilt with the constructor.
 *
 * @param therapist the PT who assessed the patient
 * @param date the day of the visit
 */
public record Assessment(
        AssessmentId id,
        PatientId patient,
        AccountId therapist,
        LocalDate date,
        AssessmentSections sections,
        Revision revision) {

    public static final String FIELD_DATE = "assessment.date";
    public static final String FIELD_SECTIONS = "assessment.sections";

    /**
     * The first version of an assessment, signed by the assessing PT.
     *
     * @param patientHadCaesarean from the patient's obstetric history ({@code ObstetricHistory.hadCaesarean()})
     */
    public static Assessment record(
            AssessmentId id,
            PatientId patient,
            AccountId therapist,
            LocalDate date,
            AssessmentSections sections,
            boolean patientHadCaesarean,
            LocalDate today,
            Instant recordedAt) {
        entryViolations(new Violations(), date, sections, patientHadCaesarean, today)
                .throwIfAny();
        return new Assessment(id, patient, therapist, date, sections, Revision.first(therapist, recordedAt));
    }

    /** A corrected version of this assessment, refusing every problem at once. */
    public Correction<Assessment> correct(
            LocalDate correctedDate,
            AssessmentSections correctedSections,
            boolean patientHadCaesarean,
            LocalDate today,
            AccountId author,
            Instant correctedAt,
            String reason) {
        var violations = new Violations();
        var next = violations.attempt(() -> revision.correction(author, correctedAt, reason));
        entryViolations(violations, correctedDate, correctedSections, patientHadCaesarean, today)
                .throwIfAny();
        return new Correction<>(
                new Assessment(id, patient, therapist, date, sections, revision.markedReplaced()),
                new Assessment(id, patient, therapist, correctedDate, correctedSections, next.orElseThrow()));
    }

    private static Violations entryViolations(
            Violations violations,
            LocalDate date,
            AssessmentSections sections,
            boolean patientHadCaesarean,
            LocalDate today) {
        return violations
                .check(!date.isAfter(today), FIELD_DATE, "An assessment cannot be dated in the future")
                .check(
                        sections.anyAssessed(),
                        FIELD_SECTIONS,
                        "Assess at least one section; an assessment with nothing assessed says nothing")
                .check(
                        patientHadCaesarean || !sections.caesareanScar().isAssessed(),
                        CaesareanScarSection.FIELD,
                        "The obstetric history records no caesarean; record it in the intake before assessing a scar");
    }
}
