package app.floorplan.export.fhir;

import app.floorplan.core.exercise.dosage.CountRange;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.exercise.dosage.DosageText;
import java.math.BigDecimal;
import java.util.Optional;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Range;
import org.hl7.fhir.r4.model.SimpleQuantity;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Timing;

/**
 * A prescribed dosage on a CarePlan activity. FHIR has a place for how often and how long (Timing) but none for sets,
 * repetitions, holds or "each side", so those go into FloorPlan's extensions ({@link FhirUrls}); the plain-language
 * sentence the patient reads is the activity's description, so a system that reads no extension still has it all.
 *
 * <p>Timing: "n times a day" is frequency n per 1 day; days a week other than every day make the frequency per week
 * (2 a day on 5 days: 10 per week), with both numbers also kept as extensions; a timed bout is the duration.
 */
final class DosageDetail {

    private static final String UCUM = "http://unitsofmeasure.org";
    private static final int DAYS_IN_WEEK = 7;

    private DosageDetail() {}

    static void describe(CarePlanActivityDetailComponent detail, Dosage dosage) {
        detail.setDescription(DosageText.forPatient(dosage));
        timing(dosage).ifPresent(detail::setScheduled);
        dosage.sets().ifPresent(sets -> detail.addExtension(FhirUrls.SETS, range(sets, Optional.empty())));
        dosage.reps().ifPresent(reps -> detail.addExtension(FhirUrls.REPETITIONS, range(reps, Optional.empty())));
        dosage.holdSeconds()
                .ifPresent(hold -> detail.addExtension(FhirUrls.HOLD_SECONDS, range(hold, Optional.of("s"))));
        dosage.holdBreaths()
                .ifPresent(breaths -> detail.addExtension(FhirUrls.HOLD_BREATHS, range(breaths, Optional.empty())));
        if (dosage.perSide()) {
            detail.addExtension(FhirUrls.PER_SIDE, new BooleanType(true));
        }
        dosage.restSeconds().ifPresent(rest -> detail.addExtension(FhirUrls.REST, seconds(rest)));
        dosage.load().ifPresent(load -> detail.addExtension(FhirUrls.LOAD, new StringType(load)));
        dosage.timesPerDay().ifPresent(times -> detail.addExtension(FhirUrls.TIMES_PER_DAY, new IntegerType(times)));
        dosage.daysPerWeek().ifPresent(days -> detail.addExtension(FhirUrls.DAYS_PER_WEEK, new IntegerType(days)));
    }

    private static Optional<Timing> timing(Dosage dosage) {
        var repeat = new Timing.TimingRepeatComponent();
        boolean any = false;
        int timesPerDay = dosage.timesPerDay().orElse(1);
        if (dosage.timesPerDay().isPresent() || dosage.daysPerWeek().isPresent()) {
            int days = dosage.daysPerWeek().orElse(DAYS_IN_WEEK);
            if (days == DAYS_IN_WEEK) {
                repeat.setFrequency(timesPerDay).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D);
            } else {
                repeat.setFrequency(timesPerDay * days).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.WK);
            }
            any = true;
        }
        if (dosage.duration().isPresent()) {
            long seconds = dosage.duration().get().toSeconds();
            if (seconds % 60 == 0) {
                repeat.setDuration(seconds / 60).setDurationUnit(Timing.UnitsOfTime.MIN);
            } else {
                repeat.setDuration(seconds).setDurationUnit(Timing.UnitsOfTime.S);
            }
            any = true;
        }
        return any ? Optional.of(new Timing().setRepeat(repeat)) : Optional.empty();
    }

    private static Range range(CountRange count, Optional<String> ucum) {
        return new Range().setLow(quantity(count.low(), ucum)).setHigh(quantity(count.high(), ucum));
    }

    private static SimpleQuantity quantity(int value, Optional<String> ucum) {
        var quantity = new SimpleQuantity();
        quantity.setValue(BigDecimal.valueOf(value));
        ucum.ifPresent(code -> quantity.setSystem(UCUM).setCode(code).setUnit(code));
        return quantity;
    }

    private static Duration seconds(int seconds) {
        var duration = new Duration();
        duration.setValue(seconds).setUnit("s").setSystem(UCUM).setCode("s");
        return duration;
    }
}
