package app.floorplan.core.intake;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.record.Correction;
import app.floorplan.core.record.Revision;
import app.floorplan.core.validation.Violations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a patient's intake. A correction never overwrites: {@link #correct} returns a new version with a
 * reason and the old one marked replaced.
 *
 * @param redFlagResolutions referrals and clearances in the order they were recorded; they are only ever appended
 *     (e.g. "referred", later "cleared by the physician") and carry over to corrected versions
 */
public record Intake(
        IntakeId id,
        PatientId patient,
        ObstetricHistory obstetricHistory,
        PainProfile pain,
        RelevantHistory relevantHistory,
        RedFlagScreen redFlags,
        List<RedFlagResolution> redFlagResolutions,
        Revision revision) {

    public Intake {
        redFlagResolutions = List.copyOf(redFlagResolutions);
    }

    /** The first version of an intake. */
    public static Intake record(
            IntakeId id,
            PatientId patient,
            ObstetricHistory obstetricHistory,
            PainProfile pain,
            RelevantHistory relevantHistory,
            RedFlagScreen redFlags,
            AccountId author,
            Instant recordedAt) {
        return new Intake(
                id,
                patient,
                obstetricHistory,
                pain,
                relevantHistory,
                redFlags,
                List.of(),
                Revision.first(author, recordedAt));
    }

    /** A corrected version of this intake; refused on a version that was already replaced or without a reason. */
    public Correction<Intake> correct(
            ObstetricHistory obstetricHistory,
            PainProfile pain,
            RelevantHistory relevantHistory,
            RedFlagScreen redFlags,
            AccountId author,
            Instant correctedAt,
            String reason) {
        var next = revision.correction(author, correctedAt, reason);
        var current =
                new Intake(id, patient, obstetricHistory, pain, relevantHistory, redFlags, redFlagResolutions, next);
        var replaced = new Intake(
                id,
                patient,
                this.obstetricHistory,
                this.pain,
                this.relevantHistory,
                this.redFlags,
                redFlagResolutions,
                revision.markedReplaced());
        return new Correction<>(replaced, current);
    }

    /**
     * This version with an outcome for some of its positive red flags appended. Recording it is not a correction: it
     * adds a dated, signed fact and changes nothing that was recorded before.
     *
     * @param flags the flags the outcome is about; each must be positive on this version
     */
    public Intake recordRedFlagResolution(
            RedFlagOutcome outcome,
            Set<RedFlag> flags,
            Optional<ReferralRecipient> to,
            String note,
            AccountId by,
            Instant at) {
        var violations = new Violations()
                .check(
                        !revision.replaced(),
                        RedFlagResolution.FIELD,
                        "This intake version was replaced; record the outcome on the current version")
                .check(
                        redFlags.positives().containsAll(flags),
                        RedFlagResolution.FIELD_FLAGS,
                        "Only a flag answered yes on this intake can get an outcome here");
        var resolution = violations.attempt(() -> RedFlagResolution.record(outcome, flags, to, note, by, at));
        violations.throwIfAny();
        var resolutions = new ArrayList<>(redFlagResolutions);
        resolutions.add(resolution.orElseThrow());
        return new Intake(id, patient, obstetricHistory, pain, relevantHistory, redFlags, resolutions, revision);
    }

    /** Positive flags that still block prescribing: no outcome yet, or an emergency or urgent referral pending. */
    public Set<RedFlag> unresolvedRedFlags() {
        return RedFlagLedger.blocking(redFlags, redFlagResolutions);
    }

    /** The most recent referral or clearance, for display. */
    public Optional<RedFlagResolution> latestRedFlagResolution() {
        return redFlagResolutions.isEmpty() ? Optional.empty() : Optional.of(redFlagResolutions.getLast());
    }
}
