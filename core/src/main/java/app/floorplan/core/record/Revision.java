package app.floorplan.core.record;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.validation.Violations;
import java.time.Instant;
import java.util.Optional;

/**
 * Who recorded which version of a clinical record, when and why. Versions form a chain: version {@code n} is only ever
 * replaced by version {@code n + 1}, so a {@code replaced} flag is enough to find the successor.
 *
 * @param number 1 for the first recording, one more for each correction
 * @param author the account that recorded this version
 * @param recordedAt when this version was recorded
 * @param reason why this version corrects the previous one; mandatory from version 2 on, blank counts as absent
 * @param replaced true once a correction has superseded this version (the version itself is kept)
 */
public record Revision(int number, AccountId author, Instant recordedAt, Optional<String> reason, boolean replaced) {

    public static final int MAX_REASON_LENGTH = RevisionRules.MAX_REASON_LENGTH;

    public Revision {
        var found = new Violations();
        RevisionRules.number(found, "revision.number", number);
        reason = RevisionRules.reason(found, "revision.reason", number, reason);
        found.throwIfAny();
    }

    /** The first recording of a clinical record. */
    public static Revision first(AccountId author, Instant recordedAt) {
        return new Revision(1, author, recordedAt, Optional.empty(), false);
    }

    /**
     * The revision of the version that corrects this one. Only the current version can be corrected, so the chain
     * never branches.
     */
    public Revision correction(AccountId author, Instant correctedAt, String reason) {
        var violations = new Violations()
                .check(
                        !replaced,
                        "revision",
                        "Version " + number + " was already replaced by version " + (number + 1)
                                + "; correct the current version")
                .check(
                        !correctedAt.isBefore(recordedAt),
                        "revision.recordedAt",
                        "A correction cannot be dated before the version it corrects");
        var next = violations.attempt(() -> new Revision(number + 1, author, correctedAt, Optional.of(reason), false));
        violations.throwIfAny();
        return next.orElseThrow();
    }

    /** This revision once a correction has superseded it; the version it belongs to is kept, never deleted. */
    public Revision markedReplaced() {
        return new Revision(number, author, recordedAt, reason, true);
    }

    /** True for every version after the first one. */
    public boolean isCorrection() {
        return number > 1;
    }
}
