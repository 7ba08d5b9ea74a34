package app.floorplan.core.assessment;

import app.floorplan.core.intake.NumericPainRating;
import app.floorplan.core.validation.Violations;
import java.math.BigDecimal;

/**
 * The smallest change in pain on the 0-10 NRS that matters to a patient. A smaller change between two visits keeps its
 * direction but is flagged within measurement error. A clinic can configure its own.
 *
 * @param points a change of fewer points is within measurement error
 */
public record NrsMinimalImportantDifference(int points) {

    // Farrar et al. 2001 (Pain 94:149-158): a reduction of about 2 points (or 30%) on the 0-10 NRS is clinically
    // important; Childs et al. 2005 (Spine 30:1331-1334), low back pain: minimal clinically important difference of 2
    // points.
    public static final NrsMinimalImportantDifference DEFAULT = new NrsMinimalImportantDifference(2);

    public static final String FIELD = "minimalImportantDifference.nrs";

    public NrsMinimalImportantDifference {
        new Violations()
                .check(
                        points > 0 && points <= NumericPainRating.MAX,
                        FIELD,
                        "The minimal important difference is 1 to 10 points")
                .throwIfAny();
    }

    /** The difference in points, as a change between visits is measured. */
    public BigDecimal asChange() {
        return BigDecimal.valueOf(points);
    }
}
