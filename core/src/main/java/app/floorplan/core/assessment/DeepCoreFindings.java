package app.floorplan.core.assessment;

import java.util.Optional;
import java.util.stream.Collectors;

/** Doming under load and a positive active straight leg raise. */
final class DeepCoreFindings {

    private DeepCoreFindings() {}

    static Optional<Finding> doming(DeepCoreSection deepCore) {
        var tasks = deepCore.tasksWithDoming();
        if (tasks.isEmpty()) {
            return Optional.empty();
        }
        var names = tasks.stream().map(task -> task.label().toLowerCase()).collect(Collectors.joining(", "));
        return Optional.of(Finding.of(FindingKind.DOMING_UNDER_LOAD, "Doming during " + names));
    }

    static Optional<Finding> aslr(AslrScore aslr) {
        if (!aslr.positive()) {
            return Optional.empty();
        }
        // [MENS-2001]: any total >= 1 is positive.
        var reason = "ASLR total " + aslr.total() + "/10 (left " + aslr.left() + ", right " + aslr.right() + ") >= "
                + AslrScore.POSITIVE_FROM_TOTAL + " (Mens 2001)"
                + aslr.withPelvicCompression()
                        // the retest is a recording convention, so the finding keeps it apart from the score
                        .map(effect ->
                                "; " + effect.label().toLowerCase() + " (as observed, not part of the Mens" + " score)")
                        .orElse("");
        return Optional.of(Finding.of(FindingKind.ASLR_POSITIVE, reason));
    }
}
