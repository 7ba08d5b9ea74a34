package app.floorplan.core.assessment;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.RedFlagLedger;
import app.floorplan.core.intake.RedFlagOutcome;
import app.floorplan.core.intake.RedFlagResolution;
import app.floorplan.core.intake.RedFlagScreen;
import app.floorplan.core.intake.ReferralRecipient;
import app.floorplan.core.record.Correction;
import app.floorplan.core.record.Revision;
import app.floorplan.core.validation.Violations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a dated, signed assessment visit. A correction never overwrites: {@link #correct} returns a new
 * version with a reason and the old one marked replaced.
 *
 * <p>{@link #record} and {@link #correct} check the rules that need context (today, the obstetric history); stored
 * versions are rebuilt with the constructor.
 *
 * <p>The red-flag screen is asked again at every visit. It belongs to the visit, not to a version: a correction of the
 * findings carries it and its outcomes over unchanged, and a flag ticked by mistake is settled with a clearance that
 * says so, so the record shows what was asked and answered that day.
 *
 * @param therapist the PT who assessed the patient
 * @param date the day of the visit
 * @param redFlags the visit's red-flag screen; empty for visits recorded before the screen was part of an assessment
 * @param redFlagResolutions outcomes recorded for the screen's positive flags, oldest first; only ever appended
 */
public record Assessment(
        AssessmentId id,
        PatientId patient,
        AccountId therapist,
        LocalDate date,
        AssessmentSections sections,
        Optional<RedFlagScreen> redFlags,
        List<RedFlagResolution> redFlagResolutions,
        Revision revision) {

    public Assessment {
        Objects.requireNonNull(redFlags, "redFlags");
        redFlagResolutions = List.copyOf(redFlagResolutions);
    }

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
            RedFlagScreen redFlags,
            boolean patientHadCaesarean,
            LocalDate today,
            Instant recordedAt) {
        entryViolations(new Violations(), date, sections, patientHadCaesarean, today)
                .throwIfAny();
        return new Assessment(
                id,
                patient,
                therapist,
                date,
                sections,
                Optional.of(redFlags),
                List.of(),
                Revision.first(therapist, recordedAt));
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
                new Assessment(
                        id,
                        patient,
                        therapist,
                        date,
                        sections,
                        redFlags,
                        redFlagResolutions,
                        revision.markedReplaced()),
                new Assessment(
                        id,
                        patient,
                        therapist,
                        correctedDate,
                        correctedSections,
                        redFlags,
                        redFlagResolutions,
                        next.orElseThrow()));
    }

    /**
     * This assessment with an outcome for some of its screen's positive red flags appended: a dated, signed fact, not
     * a correction.
     */
    public Assessment recordRedFlagResolution(
            RedFlagOutcome outcome,
            Set<RedFlag> flags,
            Optional<ReferralRecipient> to,
            String note,
            AccountId by,
            Instant at) {
        var violations = new Violations()
                .check(
                        redFlags.map(screen -> screen.positives().containsAll(flags))
                                .orElse(false),
                        RedFlagResolution.FIELD_FLAGS,
                        "Only a flag answered yes at this visit can get an outcome here");
        var resolution = violations.attempt(() -> RedFlagResolution.record(outcome, flags, to, note, by, at));
        violations.throwIfAny();
        var resolutions = new ArrayList<>(redFlagResolutions);
        resolutions.add(resolution.orElseThrow());
        return new Assessment(id, patient, therapist, date, sections, redFlags, resolutions, revision);
    }

    /** The visit's positive flags that still block prescribing. */
    public Set<RedFlag> unresolvedRedFlags() {
        return redFlags.map(screen -> RedFlagLedger.blocking(screen, redFlagResolutions))
                .orElse(Set.of());
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
