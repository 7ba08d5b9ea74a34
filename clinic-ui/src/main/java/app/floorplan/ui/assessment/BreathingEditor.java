package app.floorplan.ui.assessment;

import app.floorplan.core.assessment.BreathingPattern;
import app.floorplan.core.assessment.BreathingSection;
import app.floorplan.core.assessment.RibExpansion;
import app.floorplan.core.validation.Violations;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Optional;

/** Breathing: the pattern, rib expansion in two directions and how breath is used on effort. */
final class BreathingEditor extends SectionEditor<BreathingSection> {

    private static final String PATTERN = "breathing.pattern";
    private static final String LATERAL = "breathing.lateralRibExpansion";
    private static final String POSTERIOR = "breathing.posteriorRibExpansion";

    private final RadioButtonGroup<BreathingPattern> pattern;
    private final RadioButtonGroup<RibExpansion> lateral;
    private final RadioButtonGroup<RibExpansion> posterior;
    private final Checkbox breathHolding;
    private final Checkbox exhaleOnEffort;

    BreathingEditor(FormContext form) {
        super("Breathing", "section-breathing", "breathing", form);
        pattern = form.field(
                PATTERN, Fields.choice(PATTERN, "Pattern", BreathingPattern::label, BreathingPattern.values()));
        lateral = form.field(
                LATERAL, Fields.choice(LATERAL, "Lateral rib expansion", RibExpansion::label, RibExpansion.values()));
        posterior = form.field(
                POSTERIOR,
                Fields.choice(POSTERIOR, "Posterior rib expansion", RibExpansion::label, RibExpansion.values()));
        breathHolding = form.track(Fields.yesNo("breathing-breathHolding", "Holds the breath or bears down on effort"));
        exhaleOnEffort = form.track(Fields.yesNo("breathing-exhaleOnEffort", "Exhales on the effort phase"));
        addFullWidth(pattern);
        addValues(lateral, posterior, breathHolding, exhaleOnEffort);
    }

    @Override
    protected Optional<BreathingSection> readValues(Violations violations) {
        var chosenPattern = required(violations, pattern, PATTERN, "Choose the breathing pattern");
        var chosenLateral = required(violations, lateral, LATERAL, "Choose how far the ribs expand sideways");
        var chosenPosterior = required(violations, posterior, POSTERIOR, "Choose how far the ribs expand backwards");
        if (!violations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BreathingSection(
                chosenPattern.orElseThrow(),
                chosenLateral.orElseThrow(),
                chosenPosterior.orElseThrow(),
                breathHolding.getValue(),
                exhaleOnEffort.getValue()));
    }

    @Override
    protected void showValues(BreathingSection stored) {
        pattern.setValue(stored.pattern());
        lateral.setValue(stored.lateralRibExpansion());
        posterior.setValue(stored.posteriorRibExpansion());
        breathHolding.setValue(stored.breathHoldingOnEffort());
        exhaleOnEffort.setValue(stored.exhaleCoordinatedWithEffort());
    }
}
