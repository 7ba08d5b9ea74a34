package app.floorplan.core.assessment;

import app.floorplan.core.intake.NumericPainRating;
import app.floorplan.core.intake.PainProfile;
import java.util.Optional;

/** Severe pain, from the intake's pain profile or from the pain rated at a visit. */
public final class PainFindings {

    // Domain brief: comparable products alert the PT on pain >= 7 on the 0-10 NRS.
    public static final int SEVERE_FROM_NRS = 7;

    private PainFindings() {}

    /**
     * Severe pain in the last week. The worst pain in the last week is never below the pain now, so it decides for
     * both.
     */
    public static Optional<Finding> of(PainProfile pain) {
        return severe(pain.now(), pain.worstLastWeek(), "");
    }

    /** Severe pain in the week before a visit, judged like the intake's. */
    static Optional<Finding> of(PainAtVisitSection pain) {
        return severe(pain.now(), pain.worstLastWeek(), ", rated at the visit");
    }

    private static Optional<Finding> severe(NumericPainRating now, NumericPainRating worst, String when) {
        if (worst.value() < SEVERE_FROM_NRS) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(
                FindingKind.SEVERE_PAIN,
                "Worst pain in the last week " + worst.label() + " >= " + SEVERE_FROM_NRS + " on the NRS (now "
                        + now.label() + ")" + when));
    }
}
