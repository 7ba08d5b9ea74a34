package app.floorplan.core.intake;

import app.floorplan.core.validation.Violations;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Pregnancies, births and how the baby is fed and carried now.
 *
 * <p>The constructor checks what holds at any time (counts); {@link #create} also checks the delivery dates against
 * the patient's date of birth and today, which is how new input enters. Stored histories are rebuilt with the
 * constructor, since their dates were checked when they were recorded.
 *
 * @param gravida number of pregnancies
 * @param para number of births at 20 weeks or later (twins count once)
 * @param deliveries the deliveries recorded, at most {@code para} of them
 */
public record ObstetricHistory(
        int gravida, int para, List<Delivery> deliveries, Feeding feeding, Babywearing babywearing) {

    public ObstetricHistory {
        deliveries = List.copyOf(deliveries);
        countViolations(gravida, para, deliveries).throwIfAny();
    }

    /** A history from form values, refusing every problem at once. */
    public static ObstetricHistory create(
            int gravida,
            int para,
            List<Delivery> deliveries,
            Feeding feeding,
            Babywearing babywearing,
            LocalDate patientBirthDate,
            LocalDate today) {
        var violations = countViolations(gravida, para, deliveries);
        for (int i = 0; i < deliveries.size(); i++) {
            var date = deliveries.get(i).date();
            var field = "obstetric.deliveries[" + i + "].date";
            violations
                    .check(!date.isAfter(today), field, "A delivery date cannot be in the future")
                    .check(
                            !date.isBefore(patientBirthDate),
                            field,
                            "A delivery date cannot be before the patient's date of birth");
        }
        violations.throwIfAny();
        return new ObstetricHistory(gravida, para, deliveries, feeding, babywearing);
    }

    private static Violations countViolations(int gravida, int para, List<Delivery> deliveries) {
        return new Violations()
                .check(gravida >= 0, "obstetric.gravida", "Gravida cannot be negative")
                .check(para >= 0, "obstetric.para", "Para cannot be negative")
                .check(para <= gravida, "obstetric.para", "Para cannot exceed gravida: every birth was a pregnancy")
                // Para counts births at >= 20 weeks, so every recorded delivery is one of them.
                .check(
                        deliveries.size() <= Math.max(para, 0),
                        "obstetric.deliveries",
                        "More deliveries recorded (" + deliveries.size() + ") than para (" + para
                                + "); para counts births at 20 weeks or later");
    }

    /**
     * True when a caesarean scar is to be expected: a caesarean delivery, or a VBAC, which by definition follows an
     * earlier caesarean even if that birth is not recorded here.
     */
    public boolean hadCaesarean() {
        return deliveries.stream()
                .anyMatch(delivery -> delivery.mode().isCaesarean() || delivery.mode() == DeliveryMode.VBAC);
    }

    /** The most recent delivery, if any is recorded. */
    public Optional<Delivery> latestDelivery() {
        return deliveries.stream().max(Comparator.comparing(Delivery::date));
    }

    /** Time since the latest delivery; empty when no delivery is recorded. */
    public Optional<WeeksPostpartum> weeksPostpartum(LocalDate today) {
        return latestDelivery().map(delivery -> WeeksPostpartum.since(delivery.date(), today));
    }
}
