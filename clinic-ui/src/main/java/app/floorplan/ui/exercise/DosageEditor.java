package app.floorplan.ui.exercise;

import app.floorplan.core.exercise.dosage.CountRange;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.exercise.dosage.DosageFields;
import app.floorplan.core.exercise.dosage.DosageText;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.core.validation.Violations;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A dosage as first-class inputs: sets, reps, hold seconds and hold breaths (each an exact count or a low-high range),
 * each side, duration, times a day, days a week, rest and load, with the patient's wording shown as it is typed. Used
 * for an exercise's default dosage and for a program item's. Core checks the values; nothing typed is cleared.
 */
public final class DosageEditor extends VerticalLayout {

    private final Range sets = new Range("Sets");
    private final Range reps = new Range("Reps");
    private final Range holdSeconds = new Range("Hold (seconds)");
    private final Range holdBreaths = new Range("Hold (breaths)");
    private final Checkbox perSide = new Checkbox("Each side");
    private final IntegerField durationMinutes = number("Duration (min)");
    private final IntegerField durationSeconds = number("+ seconds");
    private final IntegerField timesPerDay = number("Times a day");
    private final IntegerField daysPerWeek = number("Days a week");
    private final IntegerField restSeconds = number("Rest (seconds)");
    private final TextField load = new TextField("Load");
    private final Span patientText = new Span();

    public DosageEditor() {
        setPadding(false);
        setSpacing(false);
        load.setMaxLength(Dosage.MAX_LOAD_LENGTH + 10);
        load.setPlaceholder("e.g. 2 kg");
        patientText.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(wrap(amountInputs()), wrap(scheduleInputs()), patientText);
        onChange(this::refreshText);
        refreshText();
    }

    /** Runs on every change of any input, e.g. to mark a form as changed. */
    public void onChange(Runnable listener) {
        inputs().values().forEach(input -> ((HasValue<?, ?>) input).addValueChangeListener(e -> listener.run()));
        for (HasValue<?, ?> other :
                new HasValue<?, ?>[] {sets.high, reps.high, holdSeconds.high, holdBreaths.high, durationSeconds, perSide
                }) {
            other.addValueChangeListener(e -> listener.run());
        }
    }

    /**
     * Gives the inputs ids derived from their keys under {@code keyPrefix} (e.g. {@code "program.items[2]."} makes
     * {@code "program-items-2-dosage-sets"}) and registers each input that core reports on under its full key; a
     * range's messages go to its first number.
     */
    public void place(String keyPrefix, BiConsumer<String, HasValidation> register) {
        inputs().forEach((field, input) -> {
            String key = keyPrefix + field;
            ((Component) input).setId(id(key));
            register.accept(key, input);
        });
        sets.high.setId(id(keyPrefix + DosageFields.SETS) + "-high");
        reps.high.setId(id(keyPrefix + DosageFields.REPS) + "-high");
        holdSeconds.high.setId(id(keyPrefix + DosageFields.HOLD_SECONDS) + "-high");
        holdBreaths.high.setId(id(keyPrefix + DosageFields.HOLD_BREATHS) + "-high");
        durationSeconds.setId(id(keyPrefix + DosageFields.DURATION) + "-seconds");
        perSide.setId(id(keyPrefix + DosageFields.DOSAGE) + "-perSide");
        patientText.setId(id(keyPrefix + DosageFields.DOSAGE) + "-text");
    }

    /**
     * Names every input after the exercise for screen readers ("Glute bridge: sets"), for pages with several dosages
     * where "Sets" read alone would not say which one.
     */
    public void nameInputsAfter(String exercise) {
        for (Component input : Stream.concat(amountInputs().stream(), scheduleInputs().stream())
                .toList()) {
            String label = ((HasLabel) input).getLabel();
            ((HasAriaLabel) input).setAriaLabel(exercise + ": " + label.toLowerCase(Locale.ROOT));
        }
    }

    /** Fills the inputs with a dosage. */
    public void show(Dosage dosage) {
        sets.show(dosage.sets());
        reps.show(dosage.reps());
        holdSeconds.show(dosage.holdSeconds());
        holdBreaths.show(dosage.holdBreaths());
        perSide.setValue(dosage.perSide());
        durationMinutes.setValue(dosage.duration().map(d -> (int) d.toMinutes()).orElse(null));
        durationSeconds.setValue(dosage.duration()
                .map(Duration::toSecondsPart)
                .filter(s -> s > 0)
                .orElse(null));
        timesPerDay.setValue(boxed(dosage.timesPerDay()));
        daysPerWeek.setValue(boxed(dosage.daysPerWeek()));
        restSeconds.setValue(boxed(dosage.restSeconds()));
        load.setValue(dosage.load().orElse(""));
        refreshText();
    }

    /**
     * The inputs as typed, for core to check; a range with only its second number is reported under its key here.
     *
     * @param keyPrefix as in {@link #place}
     */
    public Dosage.Builder read(Violations found, String keyPrefix) {
        var builder = Dosage.builder();
        sets.read(found, keyPrefix + DosageFields.SETS).ifPresent(r -> builder.sets(r[0], r[1]));
        reps.read(found, keyPrefix + DosageFields.REPS).ifPresent(r -> builder.reps(r[0], r[1]));
        holdSeconds.read(found, keyPrefix + DosageFields.HOLD_SECONDS).ifPresent(r -> builder.holdSeconds(r[0], r[1]));
        holdBreaths.read(found, keyPrefix + DosageFields.HOLD_BREATHS).ifPresent(r -> builder.holdBreaths(r[0], r[1]));
        builder.perSide(perSide.getValue());
        if (durationMinutes.getValue() != null || durationSeconds.getValue() != null) {
            builder.duration(Duration.ofMinutes(orZero(durationMinutes.getValue()))
                    .plusSeconds(orZero(durationSeconds.getValue())));
        }
        if (timesPerDay.getValue() != null) {
            builder.timesPerDay(timesPerDay.getValue());
        }
        if (daysPerWeek.getValue() != null) {
            builder.daysPerWeek(daysPerWeek.getValue());
        }
        if (restSeconds.getValue() != null) {
            builder.restSeconds(restSeconds.getValue());
        }
        builder.load(load.getValue());
        return builder;
    }

    /** The element id for a core key: "program.items[2].dosage.sets" becomes "program-items-2-dosage-sets". */
    public static String id(String key) {
        return key.replaceAll("[.\\[\\]]+", "-").replaceAll("-$", "");
    }

    private Map<String, HasValidation> inputs() {
        var inputs = new LinkedHashMap<String, HasValidation>();
        inputs.put(DosageFields.SETS, sets.low);
        inputs.put(DosageFields.REPS, reps.low);
        inputs.put(DosageFields.HOLD_SECONDS, holdSeconds.low);
        inputs.put(DosageFields.HOLD_BREATHS, holdBreaths.low);
        inputs.put(DosageFields.DURATION, durationMinutes);
        inputs.put(DosageFields.TIMES_PER_DAY, timesPerDay);
        inputs.put(DosageFields.DAYS_PER_WEEK, daysPerWeek);
        inputs.put(DosageFields.REST_SECONDS, restSeconds);
        inputs.put(DosageFields.LOAD, load);
        return inputs;
    }

    private void refreshText() {
        try {
            Dosage dosage = read(new Violations(), "").build();
            patientText.setText("The patient reads: " + DosageText.forPatient(dosage));
        } catch (InvalidInputException | IllegalArgumentException incomplete) {
            patientText.setText("The patient reads: (the dosage is not complete yet)");
        }
    }

    private static @Nullable Integer boxed(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }

    private static int orZero(@Nullable Integer value) {
        return value == null ? 0 : value;
    }

    private static IntegerField number(String label) {
        IntegerField field = new IntegerField(label);
        field.setWidth("8rem");
        return field;
    }

    /** The first row on screen: how much per bout (sets, reps and holds, each a low-high range) and per side. */
    private List<Component> amountInputs() {
        return List.of(
                sets.low,
                sets.high,
                reps.low,
                reps.high,
                holdSeconds.low,
                holdSeconds.high,
                holdBreaths.low,
                holdBreaths.high,
                perSide);
    }

    /** The second row on screen: duration, how often, rest and load. */
    private List<Component> scheduleInputs() {
        return List.of(durationMinutes, durationSeconds, timesPerDay, daysPerWeek, restSeconds, load);
    }

    private static FlexLayout wrap(List<Component> components) {
        FlexLayout layout = new FlexLayout(components.toArray(Component[]::new));
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.getStyle().set("gap", "var(--lumo-space-s)");
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        return layout;
    }

    /** A count or a low-high range as two numbers; the second is left empty for an exact count. */
    private static final class Range {
        final IntegerField low;
        final IntegerField high;

        Range(String label) {
            low = number(label);
            // read alone (a screen reader does), "to" says nothing: the label names what the range is of
            high = number(label + ", up to");
            high.setHelperText("for a range");
        }

        void show(Optional<CountRange> range) {
            low.setValue(range.map(CountRange::low).orElse(null));
            high.setValue(range.filter(r -> !r.isExact()).map(CountRange::high).orElse(null));
        }

        /** The low and high typed; empty when both are empty. */
        Optional<int[]> read(Violations found, String key) {
            Integer from = low.getValue();
            Integer to = high.getValue();
            if (from == null && to == null) {
                return Optional.empty();
            }
            if (from == null) {
                found.add(key, "Enter the first number of the range too");
                return Optional.empty();
            }
            return Optional.of(new int[] {from, to == null ? from : to});
        }
    }
}
