package app.floorplan.core.intake;

import app.floorplan.core.record.DecimalPrecision;
import app.floorplan.core.validation.Violations;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Whether the patient carries the baby in a sling or carrier, and for how long a day (a typical aggravating load).
 *
 * @param hoursPerDay 0-24 to one decimal; only when {@code wearsBaby}
 */
public record Babywearing(boolean wearsBaby, Optional<BigDecimal> hoursPerDay) {

    public static final BigDecimal MAX_HOURS_PER_DAY = new BigDecimal("24");
    public static final String FIELD_HOURS = "babywearing.hoursPerDay";

    public Babywearing {
        hoursPerDay = hoursPerDay.map(DecimalPrecision::normalized);
        var violations = new Violations()
                .check(
                        wearsBaby || hoursPerDay.isEmpty(),
                        FIELD_HOURS,
                        "Hours a day apply only when the patient wears the baby");
        hoursPerDay.ifPresent(hours -> violations
                .check(
                        hours.signum() >= 0 && hours.compareTo(MAX_HOURS_PER_DAY) <= 0,
                        FIELD_HOURS,
                        "Hours a day must be between 0 and 24")
                .check(
                        DecimalPrecision.hasAtMostPlaces(hours, 1),
                        FIELD_HOURS,
                        "Hours a day are recorded to one decimal, e.g. 1.5"));
        violations.throwIfAny();
    }

    public static Babywearing none() {
        return new Babywearing(false, Optional.empty());
    }

    public static Babywearing of(boolean wearsBaby, Optional<BigDecimal> hoursPerDay) {
        return new Babywearing(wearsBaby, hoursPerDay);
    }
}
