package app.floorplan.core.intake;

import app.floorplan.core.validation.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The obstetric part of the intake form as typed; an empty optional is a question left blank. */
public record ObstetricAnswers(
        Optional<Integer> gravida,
        Optional<Integer> para,
        List<DeliveryAnswers> deliveries,
        Optional<Feeding> feeding,
        boolean wearsBaby,
        Optional<BigDecimal> babywearingHours) {

    public static final String FIELD_GRAVIDA = "obstetric.gravida";
    public static final String FIELD_PARA = "obstetric.para";
    public static final String FIELD_DELIVERIES = "obstetric.deliveries";
    public static final String FIELD_FEEDING = "obstetric.feeding";

    public ObstetricAnswers {
        deliveries = List.copyOf(deliveries);
    }

    /** The history, with every refusal recorded in {@code violations}; empty when anything was refused. */
    Optional<ObstetricHistory> validate(Violations violations, LocalDate patientBirthDate, LocalDate today) {
        violations
                .check(gravida.isPresent(), FIELD_GRAVIDA, "Enter the number of pregnancies (gravida)")
                .check(para.isPresent(), FIELD_PARA, "Enter the number of births at 20 weeks or later (para)")
                .check(feeding.isPresent(), FIELD_FEEDING, "Choose how the baby is fed now");
        var babywearing = violations.attempt(() -> Babywearing.of(wearsBaby, babywearingHours));
        List<Delivery> checked = new ArrayList<>();
        for (int i = 0; i < deliveries.size(); i++) {
            checked.add(deliveries.get(i).validate(i, violations, today));
        }
        // Blank answers get stand-ins that pass the count rules, so the delivery dates are still checked in this pass
        // and a blank count never produces a second, misleading refusal about the other count.
        int checkedPara = para.orElse(checked.size());
        int checkedGravida = gravida.orElse(Math.max(checkedPara, checked.size()));
        var history = violations.attempt(() -> ObstetricHistory.create(
                checkedGravida,
                checkedPara,
                checked,
                feeding.orElse(Feeding.NONE),
                babywearing.orElse(Babywearing.none()),
                patientBirthDate,
                today));
        return violations.isEmpty() ? history : Optional.empty();
    }
}
