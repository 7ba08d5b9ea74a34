package app.floorplan.core.intake;

import app.floorplan.core.validation.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One delivery. Its date is checked against the patient's date of birth and today by {@link ObstetricHistory#create},
 * which knows both.
 *
 * @param epiduralOrSpinal whether neuraxial anaesthesia was given (site soreness for days or weeks is expected; it is
 *     not a usual cause of chronic back pain)
 */
public record Delivery(
        LocalDate date,
        DeliveryMode mode,
        PerinealTrauma perinealTrauma,
        boolean epiduralOrSpinal,
        Optional<BirthWeight> birthWeight) {

    public Delivery {
        // A planned caesarean means no vaginal birth was attempted, so the perineum cannot have been injured.
        new Violations()
                .check(
                        mode != DeliveryMode.PLANNED_CAESAREAN || perinealTrauma == PerinealTrauma.NONE,
                        "delivery.perinealTrauma",
                        "A planned caesarean has no perineal trauma; choose the delivery mode again or 'None'")
                .throwIfAny();
    }

    /** A delivery from form values; refuses every invalid value at once. */
    public static Delivery of(
            LocalDate date,
            DeliveryMode mode,
            PerinealTrauma perinealTrauma,
            boolean epiduralOrSpinal,
            Optional<BigDecimal> birthWeightKilograms) {
        var violations = new Violations();
        var weight = birthWeightKilograms.flatMap(kg -> violations.attempt(() -> BirthWeight.ofKilograms(kg)));
        var delivery = violations.attempt(() -> new Delivery(date, mode, perinealTrauma, epiduralOrSpinal, weight));
        violations.throwIfAny();
        return delivery.orElseThrow();
    }
}
