package app.floorplan.core.assessment;

import app.floorplan.core.intake.NumericPainRating;
import app.floorplan.core.validation.Violations;
import java.math.BigDecimal;

/**
 * The smallest change in pain on the 0-10 NRS that matters to a patient. A smaller change between two visits keeps its
 * direction and is marked below the minimal important change (not measurement error: the two are different things).
 * A clinic can configure its own.
 *
 * @param points a change of fewer points is below the minimal important change
 */
public record NrsMinimalImportantDifference(int points) {

    // [FARRAR-2001]: a reduction of about 2 points (or 30 %) on the 0-10 NRS is clinically important;
    // [CHILDS-2005], low back pain: a minimal clinically important difference of 2 points.
    public static final NrsMinimalImportantDifference DEFAULT = new NrsMinimalImportantDifference(2);

    /** The sources behind {@link #DEFAULT} as the comparison names them ([FARRAR-2001], [CHILDS-2005]). */
    public static final String SOURCE = "Farrar 2001, Childs 2005";

    public static final String FIELD = "minimalImportantDifference.nrs";

    public NrsMinimalImportantDifference {
        new Violations()
                .check(
                        points > 0 && points <= NumericPainRating.MAX,
                        FIELD,
                        "The minimal important difference is 1 to 10 points")
                .throwIfAny();
    }

    /** What a change in pain between visits is weighed against. */
    public ChangeThreshold asThreshold() {
        var source = points == DEFAULT.points() ? SOURCE : "clinic setting";
        return new ChangeThreshold.MinimalImportantChange(BigDecimal.valueOf(points), source);
    }
}
