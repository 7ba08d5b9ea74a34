package app.floorplan.core.intake;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.validation.Violations;
import java.time.Instant;
import java.util.Set;

/**
 * A recorded referral or clearance of positive red flags.
 *
 * @param resolvedFlags the flags that were positive when this was recorded; a flag added by a later correction of the
 *     intake is not covered
 * @param note what was done and why, e.g. the physician's name or the reasoning behind a clearance
 * @param by the PT who recorded it
 * @param at when it was recorded
 */
public record RedFlagResolution(
        RedFlagOutcome outcome, Set<RedFlag> resolvedFlags, String note, AccountId by, Instant at) {

    public static final int MAX_NOTE_LENGTH = 2000;
    public static final String FIELD = "redFlags.resolution";
    public static final String FIELD_NOTE = "redFlags.resolution.note";

    public RedFlagResolution {
        resolvedFlags = Set.copyOf(resolvedFlags);
        note = note.strip();
        new Violations()
                .check(!resolvedFlags.isEmpty(), FIELD, "There is no positive red flag to refer or clear")
                .check(
                        !note.isEmpty(),
                        FIELD_NOTE,
                        "Write a note: to whom the patient was referred, or why it is cleared")
                .check(
                        note.length() <= MAX_NOTE_LENGTH,
                        FIELD_NOTE,
                        "The note can have at most " + MAX_NOTE_LENGTH + " characters")
                .throwIfAny();
    }

    /** A resolution of every flag that is positive on the screen. */
    public static RedFlagResolution of(
            RedFlagScreen screen, RedFlagOutcome outcome, String note, AccountId by, Instant at) {
        return new RedFlagResolution(outcome, screen.positives(), note, by, at);
    }
}
