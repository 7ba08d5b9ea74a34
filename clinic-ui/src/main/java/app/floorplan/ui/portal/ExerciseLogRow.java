package app.floorplan.ui.portal;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.practice.Completion;
import app.floorplan.core.practice.ExerciseEntry;
import app.floorplan.core.practice.ExerciseOutcome;
import app.floorplan.core.practice.PlannedExercise;
import app.floorplan.core.practice.PracticeFields;
import app.floorplan.core.practice.SymptomFlag;
import app.floorplan.core.practice.SymptomReport;
import app.floorplan.ui.form.FieldMessages;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;

/** How one exercise went today: done, partly or skipped, and anything noticed during it. */
final class ExerciseLogRow extends Div {

    private final PlannedExercise exercise;
    private final RadioButtonGroup<Completion> completion = new RadioButtonGroup<>("How did it go?");
    private final CheckboxGroup<SymptomFlag> symptoms = new CheckboxGroup<>("Did you notice anything during it?");
    private final TextField other = new TextField("What else did you notice?");

    ExerciseLogRow(PlannedExercise exercise, FieldMessages messages) {
        this.exercise = exercise;
        String prefix = "exercise-" + exercise.position();
        addClassName("fp-card");
        setId(prefix);
        completion.setItems(Completion.values());
        completion.setItemLabelGenerator(PortalText::completion);
        completion.setId(prefix + "-completion");
        symptoms.setItems(SymptomFlag.values());
        symptoms.setItemLabelGenerator(PortalText::symptom);
        symptoms.setId(prefix + "-symptoms");
        other.setId(prefix + "-other");
        other.setWidthFull();
        other.setMaxLength(SymptomReport.MAX_OTHER_LENGTH);
        other.setVisible(false);
        symptoms.addValueChangeListener(
                change -> other.setVisible(change.getValue().contains(SymptomFlag.OTHER)));
        messages.register(PracticeFields.exerciseCompletion(exercise.position()), completion);
        messages.register(PracticeFields.exerciseOther(exercise.position()), other);
        add(new H4((exercise.position() + 1) + ". " + exercise.name()), completion, symptoms, other);
    }

    void show(ExerciseOutcome outcome) {
        completion.setValue(outcome.completion());
        symptoms.setValue(outcome.symptoms().flags());
        other.setValue(outcome.symptoms().otherText().orElse(""));
    }

    boolean logs(ExerciseId id) {
        return exercise.exercise().equals(id);
    }

    ExerciseEntry entry() {
        return new ExerciseEntry(
                exercise.exercise(), Optional.ofNullable(completion.getValue()), symptoms.getValue(), other.getValue());
    }
}
