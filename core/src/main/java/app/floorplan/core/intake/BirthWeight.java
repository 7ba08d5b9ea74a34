package app.floorplan.core.intake;

import app.floorplan.core.record.DecimalPrecision;
import app.floorplan.core.validation.Violations;
import java.math.BigDecimal;

/** A baby's birth weight in kilograms, to the gram. */
public record BirthWeight(BigDecimal kilograms) {

    // FloorPlan's sane range: extreme prematurity (~0.3 kg) to extreme macrosomia (7 kg); outside it a typo is far
    // likelier than a real baby.
    public static final BigDecimal MIN_KILOGRAMS = new BigDecimal("0.3");
    public static final BigDecimal MAX_KILOGRAMS = new BigDecimal("7.0");
    public static final int DECIMAL_PLACES = 3;
    public static final String FIELD = "delivery.birthWeightKg";

    public BirthWeight {
        kilograms = DecimalPrecision.normalized(kilograms);
        new Violations()
                .check(
                        kilograms.compareTo(MIN_KILOGRAMS) >= 0 && kilograms.compareTo(MAX_KILOGRAMS) <= 0,
                        FIELD,
                        "Birth weight must be between 0.3 and 7.0 kg")
                .check(
                        DecimalPrecision.hasAtMostPlaces(kilograms, DECIMAL_PLACES),
                        FIELD,
                        "Birth weight is recorded to the gram (at most 3 decimals in kg)")
                .throwIfAny();
    }

    public static BirthWeight ofKilograms(BigDecimal kilograms) {
        return new BirthWeight(kilograms);
    }
}
