package app.floorplan.core.record;

import java.math.BigDecimal;

/**
 * Decimals as clinicians record them: compared by value (28.0 mm and 28 mm are the same reading), shown without
 * trailing zeros or exponents, and limited to the precision the instrument or the form offers.
 */
public final class DecimalPrecision {

    private DecimalPrecision() {}

    /** The value without trailing zeros and never in exponent form, so equal readings are equal records. */
    public static BigDecimal normalized(BigDecimal value) {
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** True when the value has no more than {@code places} decimal places; trailing zeros do not count. */
    public static boolean hasAtMostPlaces(BigDecimal value, int places) {
        return normalized(value).scale() <= places;
    }
}
