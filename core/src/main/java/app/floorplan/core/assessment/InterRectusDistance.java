package app.floorplan.core.assessment;

import app.floorplan.core.record.DecimalPrecision;
import app.floorplan.core.validation.Violations;
import java.math.BigDecimal;

/**
 * The width of the gap between the two rectus abdominis muscles: millimetres (0-150, to 0.1 mm) or finger widths
 * (0-10, in halves).
 */
public record InterRectusDistance(BigDecimal amount, IrdUnit unit) {

    // Far wider than any recorded diastasis; beyond it a typo is likelier than a patient.
    public static final BigDecimal MAX_MILLIMETRES = new BigDecimal("150");
    public static final BigDecimal MAX_FINGER_WIDTHS = new BigDecimal("10");
    public static final String FIELD = "ird";

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    public InterRectusDistance {
        amount = DecimalPrecision.normalized(amount);
        violations(amount, unit, FIELD).throwIfAny();
    }

    public static InterRectusDistance millimetres(BigDecimal millimetres) {
        return new InterRectusDistance(millimetres, IrdUnit.MILLIMETRES);
    }

    public static InterRectusDistance fingerWidths(BigDecimal fingerWidths) {
        return new InterRectusDistance(fingerWidths, IrdUnit.FINGER_WIDTHS);
    }

    /** A distance for a form field, refused under that field's key (e.g. {@code "ird.umbilicus.rest"}). */
    public static InterRectusDistance of(BigDecimal amount, IrdUnit unit, String field) {
        violations(DecimalPrecision.normalized(amount), unit, field).throwIfAny();
        return new InterRectusDistance(amount, unit);
    }

    private static Violations violations(BigDecimal amount, IrdUnit unit, String field) {
        var violations = new Violations();
        switch (unit) {
            case MILLIMETRES ->
                violations
                        .check(
                                amount.signum() >= 0 && amount.compareTo(MAX_MILLIMETRES) <= 0,
                                field,
                                "The distance must be between 0 and 150 mm")
                        .check(
                                DecimalPrecision.hasAtMostPlaces(amount, 1),
                                field,
                                "Millimetres are recorded to one decimal, e.g. 23.5");
            case FINGER_WIDTHS ->
                violations
                        .check(
                                amount.signum() >= 0 && amount.compareTo(MAX_FINGER_WIDTHS) <= 0,
                                field,
                                "The distance must be between 0 and 10 finger widths")
                        // Palpation cannot resolve less than half a finger width.
                        .check(
                                DecimalPrecision.hasAtMostPlaces(amount.multiply(TWO), 0),
                                field,
                                "Finger widths are recorded in halves, e.g. 2.5");
        }
        return violations;
    }

    /** As shown to a clinician, e.g. "28 mm", "2.5 finger widths", "1 finger width". */
    public String label() {
        if (unit == IrdUnit.FINGER_WIDTHS && amount.compareTo(BigDecimal.ONE) == 0) {
            return "1 finger width";
        }
        return amount.toPlainString() + " " + unit.label();
    }
}
