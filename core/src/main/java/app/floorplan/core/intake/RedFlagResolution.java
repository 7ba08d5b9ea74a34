package app.floorplan.core.intake;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.validation.Violations;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A recorded outcome for positive red flags: a referral with its urgency and to whom, or a clearance. Outcomes are
 * only ever appended, so the history stays ("emergency referral to the emergency department", later "cleared by the
 * physician").
 *
 * @param resolvedFlags the flags this outcome is about; a flag added by a later correction of the screen is not covered
 * @param to to whom she was referred; present for a referral, empty for a clearance
 * @param note what was done and why, e.g. the physician's name or the reasoning behind a clearance
 * @param by the PT who recorded it
 * @param at when it was recorded
 */
public record RedFlagResolution(
        RedFlagOutcome outcome,
        Set<RedFlag> resolvedFlags,
        Optional<ReferralRecipient> to,
        String note,
        AccountId by,
        Instant at) {

    public static final int MAX_NOTE_LENGTH = 2000;
    public static final String FIELD = "redFlags.resolution";
    public static final String FIELD_FLAGS = "redFlags.resolution.flags";
    public static final String FIELD_OUTCOME = "redFlags.resolution.outcome";
    public static final String FIELD_TO = "redFlags.resolution.to";
    public static final String FIELD_NOTE = "redFlags.resolution.note";

    public RedFlagResolution {
        resolvedFlags = Set.copyOf(resolvedFlags);
        Objects.requireNonNull(to, "to");
        note = note.strip();
        new Violations()
                .check(!resolvedFlags.isEmpty(), FIELD_FLAGS, "Choose the red flags this outcome is about")
                .check(!outcome.isReferral() || to.isPresent(), FIELD_TO, "Choose to whom the patient was referred")
                .check(outcome.isReferral() || to.isEmpty(), FIELD_TO, "A clearance is not a referral to anyone")
                .check(
                        !note.isEmpty(),
                        FIELD_NOTE,
                        "Write a note: what was done and by whom, or why the flags are cleared")
                .check(
                        note.length() <= MAX_NOTE_LENGTH,
                        FIELD_NOTE,
                        "The note can have at most " + MAX_NOTE_LENGTH + " characters")
                .throwIfAny();
    }

    /** A new outcome as the PT records it; the legacy {@link RedFlagOutcome#REFERRED} is refused. */
    public static RedFlagResolution record(
            RedFlagOutcome outcome,
            Set<RedFlag> flags,
            Optional<ReferralRecipient> to,
            String note,
            AccountId by,
            Instant at) {
        new Violations()
                .check(outcome.recordable(), FIELD_OUTCOME, "Choose the urgency of the referral, or a clearance")
                .throwIfAny();
        return new RedFlagResolution(outcome, flags, to, note, by, at);
    }
}
