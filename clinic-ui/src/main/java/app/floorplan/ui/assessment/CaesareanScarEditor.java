package app.floorplan.ui.assessment;

import app.floorplan.core.assessment.CaesareanScarSection;
import app.floorplan.core.assessment.ScarMobility;
import app.floorplan.core.assessment.ScarSensitivity;
import app.floorplan.core.validation.Violations;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Optional;

/** A caesarean scar: only offered when the intake records a caesarean (core refuses a scar otherwise). */
final class CaesareanScarEditor extends SectionEditor<CaesareanScarSection> {

    private static final String MOBILITY = "caesareanScar.mobility";
    private static final String SENSITIVITY = "caesareanScar.sensitivity";

    private final Checkbox healed;
    private final RadioButtonGroup<ScarMobility> mobility;
    private final RadioButtonGroup<ScarSensitivity> sensitivity;

    CaesareanScarEditor(FormContext form) {
        super("C-section scar", "section-caesarean-scar", CaesareanScarSection.FIELD, form);
        healed = form.track(Fields.yesNo("caesareanScar-healed", "Healed"));
        mobility =
                form.field(MOBILITY, Fields.choice(MOBILITY, "Mobility", ScarMobility::label, ScarMobility.values()));
        sensitivity = form.field(
                SENSITIVITY,
                Fields.choice(SENSITIVITY, "Sensitivity", ScarSensitivity::label, ScarSensitivity.values()));
        addValues(healed, mobility, sensitivity);
    }

    @Override
    protected Optional<CaesareanScarSection> readValues(Violations violations) {
        var moves = required(violations, mobility, MOBILITY, "Choose how the scar moves");
        var feels = required(violations, sensitivity, SENSITIVITY, "Choose how the scar feels to touch");
        if (!violations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CaesareanScarSection(healed.getValue(), moves.orElseThrow(), feels.orElseThrow()));
    }

    @Override
    protected void showValues(CaesareanScarSection stored) {
        healed.setValue(stored.healed());
        mobility.setValue(stored.mobility());
        sensitivity.setValue(stored.sensitivity());
    }
}
