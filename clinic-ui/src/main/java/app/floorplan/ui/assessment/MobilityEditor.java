package app.floorplan.ui.assessment;

import app.floorplan.core.assessment.MobilityGrade;
import app.floorplan.core.assessment.MobilitySection;
import app.floorplan.core.assessment.PostureObservation;
import app.floorplan.core.validation.Violations;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Optional;

/** Spinal mobility per movement, and what stands out in standing posture. */
final class MobilityEditor extends SectionEditor<MobilitySection> {

    private static final String POSTURE = "mobility.postureObservations";

    private final RadioButtonGroup<MobilityGrade> rotationLeft;
    private final RadioButtonGroup<MobilityGrade> rotationRight;
    private final RadioButtonGroup<MobilityGrade> flexion;
    private final RadioButtonGroup<MobilityGrade> extension;
    private final CheckboxGroup<PostureObservation> posture = new CheckboxGroup<>("Posture");

    MobilityEditor(FormContext form) {
        super("Mobility and posture", "section-mobility", "mobility", form);
        rotationLeft = grade(form, "mobility.thoracicRotationLeft", "Thoracic rotation left");
        rotationRight = grade(form, "mobility.thoracicRotationRight", "Thoracic rotation right");
        flexion = grade(form, "mobility.lumbarFlexion", "Lumbar flexion");
        extension = grade(form, "mobility.lumbarExtension", "Lumbar extension");
        posture.setId(Fields.id(POSTURE));
        posture.setItems(PostureObservation.values());
        posture.setItemLabelGenerator(PostureObservation::label);
        form.field(POSTURE, posture);
        addValues(rotationLeft, rotationRight, flexion, extension);
        addFullWidth(posture);
    }

    private static RadioButtonGroup<MobilityGrade> grade(FormContext form, String key, String label) {
        return form.field(key, Fields.choice(key, label, MobilityGrade::label, MobilityGrade.values()));
    }

    @Override
    protected Optional<MobilitySection> readValues(Violations violations) {
        var left = required(violations, rotationLeft, "mobility.thoracicRotationLeft", "Choose the range");
        var right = required(violations, rotationRight, "mobility.thoracicRotationRight", "Choose the range");
        var bending = required(violations, flexion, "mobility.lumbarFlexion", "Choose the range");
        var arching = required(violations, extension, "mobility.lumbarExtension", "Choose the range");
        if (!violations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MobilitySection(
                left.orElseThrow(),
                right.orElseThrow(),
                bending.orElseThrow(),
                arching.orElseThrow(),
                posture.getValue()));
    }

    @Override
    protected void showValues(MobilitySection stored) {
        rotationLeft.setValue(stored.thoracicRotationLeft());
        rotationRight.setValue(stored.thoracicRotationRight());
        flexion.setValue(stored.lumbarFlexion());
        extension.setValue(stored.lumbarExtension());
        posture.setValue(stored.postureObservations());
    }
}
