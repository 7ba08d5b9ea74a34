package app.floorplan.core.intake;

import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.core.validation.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One delivery row of the intake form as typed; an empty optional is a question left blank. Refusals are reported
 * under the row's own keys, e.g. {@code "obstetric.deliveries[1].birthWeightKg"}, so the form marks the right row.
 */
public record DeliveryAnswers(
        Optional<LocalDate> date,
        Optional<DeliveryMode> mode,
        Optional<PerinealTrauma> perinealTrauma,
        boolean epiduralOrSpinal,
        Optional<BigDecimal> birthWeightKg) {

    private static final String DELIVERY_PREFIX = "delivery.";

    /** The key of a field in delivery row {@code index}, e.g. {@code field(0, "date")}. */
    public static String field(int index, String name) {
        return "obstetric.deliveries[" + index + "]." + name;
    }

    /**
     * The delivery, with its refusals recorded in {@code violations}. A refused or incomplete row yields a stand-in
     * with the typed date, so the history's date checks still run in the same pass; the caller returns nothing while
     * any violation is recorded, so a stand-in never leaves the validation.
     */
    Delivery validate(int index, Violations violations, LocalDate today) {
        violations
                .check(date.isPresent(), field(index, "date"), "Enter the delivery date")
                .check(mode.isPresent(), field(index, "mode"), "Choose how the baby was delivered")
                .check(
                        perinealTrauma.isPresent(),
                        field(index, "perinealTrauma"),
                        "Choose the perineal trauma, or 'None'");
        LocalDate checkedDate = date.orElse(today);
        // A spontaneous vaginal birth without trauma is valid on its own, so a blank answer adds no refusal of its own.
        DeliveryMode checkedMode = mode.orElse(DeliveryMode.SPONTANEOUS_VAGINAL);
        PerinealTrauma checkedTrauma = perinealTrauma.orElse(PerinealTrauma.NONE);
        try {
            return Delivery.of(checkedDate, checkedMode, checkedTrauma, epiduralOrSpinal, birthWeightKg);
        } catch (InvalidInputException refused) {
            refused.violations().forEach(v -> violations.add(rowKey(index, v.field()), v.message()));
            return new Delivery(
                    checkedDate, DeliveryMode.SPONTANEOUS_VAGINAL, PerinealTrauma.NONE, false, Optional.empty());
        }
    }

    private static String rowKey(int index, String deliveryField) {
        return deliveryField.startsWith(DELIVERY_PREFIX)
                ? field(index, deliveryField.substring(DELIVERY_PREFIX.length()))
                : deliveryField;
    }
}
