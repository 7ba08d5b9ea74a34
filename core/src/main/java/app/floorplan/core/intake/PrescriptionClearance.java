package app.floorplan.core.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A rule an intake must pass before an exercise program is prescribed, answering with an allowance or a rejection
 * with its reason (in the style of ddd-by-examples' {@code PlacingOnHoldPolicy}). The program feature evaluates
 * {@link #ALL}; more rules can be composed the same way.
 */
@FunctionalInterface
public interface PrescriptionClearance {

    PrescriptionDecision evaluate(Intake intake);

    /**
     * A replaced version no longer speaks for the patient: a correction may have added a red flag, so only the
     * current version can clear a prescription.
     */
    PrescriptionClearance CURRENT_VERSION = intake -> intake.revision().replaced()
            ? new PrescriptionDecision.Rejection(
                    "This intake version (" + intake.revision().number() + ") was replaced; check the current version",
                    Set.of())
            : new PrescriptionDecision.Allowance();

    /**
     * Any positive red flag means referral and no exercise program until the PT records an outcome that allows it: a
     * routine referral or a clearance (domain brief, red-flag screen). An emergency or urgent referral keeps the
     * block until its result is recorded.
     */
    PrescriptionClearance RED_FLAGS_RESOLVED = intake -> unresolved("at the intake", intake.unresolvedRedFlags());

    /** The rejection for flags positive at one visit that still block prescribing; an allowance when there are none. */
    static PrescriptionDecision unresolved(String where, Set<RedFlag> unresolved) {
        if (unresolved.isEmpty()) {
            return new PrescriptionDecision.Allowance();
        }
        var names = Arrays.stream(RedFlag.values())
                .filter(unresolved::contains)
                .map(RedFlag::label)
                .collect(Collectors.joining("; "));
        return new PrescriptionDecision.Rejection(
                "Red flags " + where + " still open: " + names + ". Record a routine referral or a clearance before"
                        + " prescribing exercise; after an emergency or urgent referral, record its result first.",
                unresolved);
    }

    /** Every rule a prescription must pass. */
    List<PrescriptionClearance> ALL = List.of(CURRENT_VERSION, RED_FLAGS_RESOLVED);

    /** The first rejection among {@link #ALL}, or an allowance when every rule allows. */
    static PrescriptionDecision evaluateAll(Intake intake) {
        return ALL.stream()
                .map(rule -> rule.evaluate(intake))
                .filter(decision -> !decision.isAllowed())
                .findFirst()
                .orElseGet(PrescriptionDecision.Allowance::new);
    }
}
