package app.floorplan.ui.exercise;

import app.floorplan.core.exercise.Caution;
import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseCategory;
import app.floorplan.core.exercise.ExerciseDraft;
import app.floorplan.core.exercise.ExerciseFields;
import app.floorplan.core.exercise.ExerciseLibrary;
import app.floorplan.core.exercise.Instructions;
import app.floorplan.core.exercise.Precautions;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.StoredExercise;
import app.floorplan.core.exercise.WatchFor;
import app.floorplan.core.exercise.WatchFors;
import app.floorplan.core.validation.EditConflictException;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.core.validation.Violation;
import app.floorplan.core.validation.Violations;
import app.floorplan.ui.form.FieldMessages;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Adds one of the clinic's own exercises (blank, or a copy of a built-in) or edits one. Core checks every value; each
 * refusal is shown next to its field and nothing typed is cleared, also when someone else saved the exercise first.
 */
final class ExerciseForm extends Dialog {

    private final ExerciseLibrary library;
    private final @Nullable StoredExercise editing;
    private final Consumer<StoredExercise> saved;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final TextField name = new TextField("Name");
    private final TextArea purpose = new TextArea("Purpose");
    private final Select<ExerciseCategory> category = new Select<>();
    private final Select<ProgramPhase> phase = new Select<>();
    private final TextArea setUp = new TextArea("Starting position");
    private final TextArea steps = new TextArea("Steps, one per line");
    private final TextArea cues = new TextArea("Cues, one per line");
    private final CheckboxGroup<WatchFor> watchFor = new CheckboxGroup<>("Watch for");
    private final TextField watchForNote = new TextField("Also watch for");
    private final DosageEditor dosage = new DosageEditor();
    private final TextArea precautions = new TextArea("Precautions (the patient reads them)");
    private final Checkbox loadedAbdominalWork = new Checkbox("Loaded abdominal work (not early after a C-section)");
    private final Checkbox requiresScarClearance = new Checkbox("Needs a healed, cleared C-section scar");
    private final CheckboxGroup<Caution> cautions =
            new CheckboxGroup<>("Take care with (held back from suggestions, a warning when prescribed)");
    private final ComboBox<Exercise> easier = new ComboBox<>("Easier variant");
    private final ComboBox<Exercise> harder = new ComboBox<>("Harder variant");
    private final Div problems = new Div();

    /**
     * @param start what the form starts with: an exercise to edit or copy, or empty for a blank one
     * @param editing the clinic's stored exercise being edited; null to add a new one
     */
    ExerciseForm(
            ExerciseLibrary library,
            List<Exercise> variants,
            Optional<Exercise> start,
            @Nullable StoredExercise editing,
            Consumer<StoredExercise> saved) {
        this.library = library;
        this.editing = editing;
        this.saved = saved;
        setId("exercise-form");
        setHeaderTitle(editing != null ? "Edit " + editing.exercise().name() : "New exercise for your clinic");
        setWidth("56rem");

        field(ExerciseFields.NAME, name).setWidthFull();
        name.setMaxLength(Exercise.MAX_NAME_LENGTH + 10);
        field(ExerciseFields.PURPOSE, purpose).setWidthFull();
        category.setLabel("Category");
        category.setItems(ExerciseCategory.values());
        category.setItemLabelGenerator(ExerciseCategory::label);
        field(ExerciseFields.CATEGORY, category);
        phase.setLabel("Phase");
        phase.setItems(ProgramPhase.values());
        phase.setItemLabelGenerator(p -> p.number() + " · " + p.label());
        field(ExerciseFields.PHASE, phase);
        field(ExerciseFields.SET_UP, setUp).setWidthFull();
        setUp.setMaxLength(Instructions.MAX_SET_UP_LENGTH + 10);
        field(ExerciseFields.STEPS, steps).setWidthFull();
        field(ExerciseFields.CUES, cues).setWidthFull();
        watchFor.setId("exercise-watchFor");
        watchFor.setItems(WatchFor.values());
        watchFor.setItemLabelGenerator(WatchFor::label);
        field(ExerciseFields.WATCH_FOR_NOTE, watchForNote).setWidthFull();
        watchForNote.setMaxLength(WatchFors.MAX_NOTE_LENGTH + 10);
        dosage.place("", this::register);
        field(ExerciseFields.PRECAUTIONS, precautions).setWidthFull();
        precautions.setMaxLength(Precautions.MAX_TEXT_LENGTH + 10);
        loadedAbdominalWork.setId("exercise-loadedAbdominalWork");
        requiresScarClearance.setId("exercise-requiresScarClearance");
        cautions.setId("exercise-cautions");
        cautions.setItems(Caution.values());
        cautions.setItemLabelGenerator(caution -> caution.condition() + " (" + caution.load() + ")");
        for (ComboBox<Exercise> variant : List.of(easier, harder)) {
            variant.setItems(variants);
            variant.setItemLabelGenerator(Exercise::name);
            variant.setClearButtonVisible(true);
            variant.setWidth("24rem");
        }
        field(ExerciseFields.EASIER_VARIANT, easier);
        field(ExerciseFields.HARDER_VARIANT, harder);
        problems.setId("exercise-form-problems");
        problems.addClassName("fp-conflict");
        problems.setVisible(false);

        VerticalLayout body = new VerticalLayout(
                problems,
                name,
                purpose,
                category,
                phase,
                setUp,
                steps,
                cues,
                watchFor,
                watchForNote,
                new H4("Default dosage"),
                dosage,
                precautions,
                loadedAbdominalWork,
                requiresScarClearance,
                cautions,
                easier,
                harder);
        body.setPadding(false);
        add(body);
        Button save = new Button("Save exercise", e -> save());
        save.setId("save-exercise");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("cancel-exercise");
        getFooter().add(cancel, save);
        start.ifPresent(exercise -> show(exercise, variants));
    }

    private <F extends com.vaadin.flow.component.Component & HasValidation> F field(String key, F input) {
        input.setId(DosageEditor.id(key));
        register(key, input);
        return input;
    }

    private void register(String key, HasValidation input) {
        fields.put(key, input);
    }

    private void show(Exercise exercise, List<Exercise> variants) {
        name.setValue(exercise.name());
        purpose.setValue(exercise.purpose());
        category.setValue(exercise.category());
        phase.setValue(exercise.phase());
        setUp.setValue(exercise.instructions().setUp().orElse(""));
        steps.setValue(String.join("\n", exercise.instructions().steps()));
        cues.setValue(String.join("\n", exercise.instructions().cues()));
        watchFor.setValue(exercise.watchFors().signs());
        watchForNote.setValue(exercise.watchFors().note().orElse(""));
        dosage.show(exercise.defaultDosage());
        precautions.setValue(exercise.precautions().text().orElse(""));
        loadedAbdominalWork.setValue(exercise.precautions().loadedAbdominalWork());
        requiresScarClearance.setValue(exercise.precautions().requiresScarClearance());
        cautions.setValue(exercise.precautions().cautions());
        exercise.variants().easier().flatMap(id -> find(variants, id)).ifPresent(easier::setValue);
        exercise.variants().harder().flatMap(id -> find(variants, id)).ifPresent(harder::setValue);
    }

    private static Optional<Exercise> find(List<Exercise> variants, app.floorplan.core.exercise.ExerciseId id) {
        return variants.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private void save() {
        var found = new Violations();
        var draft = new ExerciseDraft()
                .name(name.getValue())
                .purpose(purpose.getValue())
                .setUp(setUp.getValue())
                .steps(lines(steps.getValue()))
                .cues(lines(cues.getValue()))
                .watchFor(watchFor.getValue())
                .watchForNote(watchForNote.getValue())
                .defaultDosage(dosage.read(found, ""))
                .precautions(precautions.getValue())
                .loadedAbdominalWork(loadedAbdominalWork.getValue())
                .requiresScarClearance(requiresScarClearance.getValue())
                .cautions(cautions.getValue())
                .easierVariant(Optional.ofNullable(easier.getValue()).map(Exercise::id))
                .harderVariant(Optional.ofNullable(harder.getValue()).map(Exercise::id));
        if (category.getValue() != null) {
            draft.category(category.getValue());
        }
        if (phase.getValue() != null) {
            draft.phase(phase.getValue());
        }
        if (!found.isEmpty()) {
            show(found.list());
            return;
        }
        try {
            StoredExercise result = editing == null
                    ? library.create(draft)
                    : library.revise(editing.exercise().id(), editing.version(), draft);
            close();
            saved.accept(result);
        } catch (EditConflictException someoneElse) {
            problems.removeAll();
            problems.add(new Paragraph("Someone else saved this exercise while you were editing. Your changes are"
                    + " still in the form and have not been saved: close the form, open the exercise again and"
                    + " re-apply them."));
            problems.setVisible(true);
        } catch (InvalidInputException refused) {
            show(refused.violations());
        }
    }

    /** Each refusal next to its field (a step or cue at its list), the rest above the form. */
    private void show(List<Violation> violations) {
        var placed = new ArrayList<Violation>();
        var general = new ArrayList<String>();
        for (Violation violation : violations) {
            String key = violation.field().replaceAll("\\[\\d+]$", "");
            if (fields.containsKey(key)) {
                placed.add(new Violation(key, violation.message()));
            } else {
                general.add(violation.message());
            }
        }
        var messages = new FieldMessages();
        fields.forEach(messages::register);
        messages.show(placed);
        problems.removeAll();
        general.forEach(message -> problems.add(new Paragraph(message)));
        problems.setVisible(!general.isEmpty());
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).toList();
    }
}
