package app.floorplan.core.assessment;

import app.floorplan.core.record.DecimalPrecision;
import app.floorplan.core.validation.Violations;
import java.math.BigDecimal;

/**
 * The smallest change in an inter-rectus distance that is more than measurement error, per method. A clinic can
 * configure its own.
 */
public record IrdSmallestRealChange(
        BigDecimal caliperMillimetres, BigDecimal ultrasoundMillimetres, BigDecimal palpationFingerWidths) {

    // Domain brief: the smallest real change detectable between raters is about 0.6-2 cm. Ultrasound, the most
    // reproducible method, gets the low end (6 mm); caliper the middle (10 mm); palpation one finger width (about
    // 1.5-2 cm, the high end).
    public static final IrdSmallestRealChange DEFAULT =
            new IrdSmallestRealChange(new BigDecimal("10"), new BigDecimal("6"), BigDecimal.ONE);

    public IrdSmallestRealChange {
        caliperMillimetres = DecimalPrecision.normalized(caliperMillimetres);
        ultrasoundMillimetres = DecimalPrecision.normalized(ultrasoundMillimetres);
        palpationFingerWidths = DecimalPrecision.normalized(palpationFingerWidths);
        new Violations()
                .check(caliperMillimetres.signum() > 0, "smallestRealChange.caliper", "Must be above 0")
                .check(ultrasoundMillimetres.signum() > 0, "smallestRealChange.ultrasound", "Must be above 0")
                .check(palpationFingerWidths.signum() > 0, "smallestRealChange.palpation", "Must be above 0")
                .throwIfAny();
    }

    /** The smallest real change for a method, in the method's unit. */
    public BigDecimal of(IrdMethod method) {
        return switch (method) {
            case CALIPER -> caliperMillimetres;
            case ULTRASOUND -> ultrasoundMillimetres;
            case PALPATION -> palpationFingerWidths;
        };
    }
}
