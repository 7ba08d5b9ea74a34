package app.floorplan.ui.exercise;

import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseCategory;
import app.floorplan.core.exercise.ExerciseLibrary;
import app.floorplan.core.exercise.ExerciseSearch;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.StoredExercise;
import app.floorplan.core.exercise.dosage.DosageText;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.validation.EditConflictException;
import app.floorplan.core.validation.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The exercise library as the clinic sees it: FloorPlan's built-ins and the clinic's own exercises, searched by text
 * and filtered by category and phase; picking one shows its steps, cues, what to watch for, default dosage in the
 * patient's words, precautions and variants. The clinic adds its own exercises (blank or copied from a built-in),
 * edits them and retires those it no longer wants offered; built-ins are read-only.
 */
@Route("exercises")
@PageTitle("Exercise library · FloorPlan")
@RolesAllowed({"PT", "ADMIN"})
public class ExerciseLibraryView extends VerticalLayout {

    private static final int MAX_SHOWN = 1000;

    private final ExerciseLibrary library;
    private final CurrentActor currentActor;
    private final TextField text = new TextField("Search");
    private final Select<ExerciseCategory> category = new Select<>();
    private final Select<ProgramPhase> phase = new Select<>();
    private final Checkbox includeRetired = new Checkbox("Show retired");
    private final Grid<Exercise> grid = new Grid<>();
    private final Div empty = new Div("No exercise matches. Clear a filter or search for fewer words.");
    private final Div detail = new Div();

    public ExerciseLibraryView(ExerciseLibrary library, CurrentActor currentActor) {
        this.library = library;
        this.currentActor = currentActor;
        setMaxWidth("80rem");

        text.setId("exercise-search");
        text.setPlaceholder("Name or purpose, e.g. bridge");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(ExerciseSearch.MAX_TEXT_LENGTH);
        text.addValueChangeListener(e -> refresh());
        category.setLabel("Category");
        category.setId("filter-category");
        category.setItems(ExerciseCategory.values());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption("Any category");
        category.setItemLabelGenerator(value -> value == null ? "Any category" : value.label());
        category.addValueChangeListener(e -> refresh());
        phase.setLabel("Phase");
        phase.setId("filter-phase");
        phase.setItems(ProgramPhase.values());
        phase.setEmptySelectionAllowed(true);
        phase.setEmptySelectionCaption("Any phase");
        phase.setItemLabelGenerator(value -> value == null ? "Any phase" : value.number() + " · " + value.label());
        phase.addValueChangeListener(e -> refresh());
        includeRetired.setId("exercise-include-retired");
        includeRetired.addValueChangeListener(e -> refresh());

        grid.setId("exercise-grid");
        grid.addColumn(Exercise::name).setHeader("Exercise").setFlexGrow(2);
        grid.addColumn(exercise -> exercise.category().label()).setHeader("Category");
        grid.addColumn(exercise ->
                        exercise.phase().number() + " · " + exercise.phase().label())
                .setHeader("Phase");
        grid.addColumn(exercise -> DosageText.forClinician(exercise.defaultDosage()))
                .setHeader("Default dosage")
                .setFlexGrow(2);
        grid.addColumn(exercise ->
                        (exercise.isBuiltIn() ? "FloorPlan" : "Your clinic") + (exercise.retired() ? " · retired" : ""))
                .setHeader("Source");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("28rem");
        grid.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));
        empty.setId("exercise-empty-state");
        empty.addClassName("fp-empty-state");
        empty.setVisible(false);
        detail.setWidthFull();

        Button create = new Button("New exercise", VaadinIcon.PLUS.create(), e -> openForm(Optional.empty(), null));
        create.setId("new-exercise");
        HorizontalLayout filters = new HorizontalLayout(text, category, phase, includeRetired, create);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        add(new H2("Exercise library"), filters, grid, empty, detail);
        refresh();
    }

    private void refresh() {
        ExerciseSearch search;
        try {
            search = new ExerciseSearch(
                    currentActor.require().clinicId(),
                    category.getValue() == null ? Set.of() : Set.of(category.getValue()),
                    phase.getValue() == null ? Set.of() : Set.of(phase.getValue()),
                    text.getValue(),
                    includeRetired.getValue());
            text.setInvalid(false);
        } catch (InvalidInputException refused) {
            text.setErrorMessage(refused.violations().getFirst().message());
            text.setInvalid(true);
            return;
        }
        List<Exercise> found = library.search(search, 0, MAX_SHOWN);
        grid.setItems(found);
        empty.setVisible(found.isEmpty());
        grid.setVisible(!found.isEmpty());
        detail.removeAll();
    }

    private void showDetail(@Nullable Exercise exercise) {
        detail.removeAll();
        if (exercise == null) {
            return;
        }
        Optional<StoredExercise> stored = library.open(exercise.id());
        if (stored.isEmpty()) {
            return;
        }
        detail.add(actions(stored.get()));
        detail.add(new ExerciseDetail(
                stored.get().exercise(),
                id -> library.open(id).map(StoredExercise::exercise).map(Exercise::name)));
    }

    /** A built-in can be copied into the clinic's library; the clinic's own can be edited, retired or reinstated. */
    private HorizontalLayout actions(StoredExercise stored) {
        Exercise exercise = stored.exercise();
        HorizontalLayout actions = new HorizontalLayout();
        if (exercise.isBuiltIn()) {
            Button copy = new Button(
                    "Copy to my library", VaadinIcon.COPY.create(), e -> openForm(Optional.of(exercise), null));
            copy.setId("copy-exercise");
            actions.add(copy);
            return actions;
        }
        Button edit = new Button("Edit", VaadinIcon.EDIT.create(), e -> openForm(Optional.of(exercise), stored));
        edit.setId("edit-exercise");
        Button retire = new Button(exercise.retired() ? "Reinstate" : "Retire", e -> {
            try {
                StoredExercise changed = exercise.retired()
                        ? library.reinstate(exercise.id(), stored.version())
                        : library.retire(exercise.id(), stored.version());
                refresh();
                showDetail(changed.exercise());
            } catch (EditConflictException someoneElse) {
                Notification.show(
                        "Someone else changed this exercise meanwhile: it is shown again as it is now.",
                        6000,
                        Notification.Position.MIDDLE);
                refresh();
                showDetail(exercise);
            }
        });
        retire.setId(exercise.retired() ? "reinstate-exercise" : "retire-exercise");
        actions.add(edit, retire);
        return actions;
    }

    private void openForm(Optional<Exercise> start, @Nullable StoredExercise editing) {
        List<Exercise> variants =
                library.search(ExerciseSearch.forClinic(currentActor.require().clinicId()), 0, MAX_SHOWN);
        new ExerciseForm(library, variants, start, editing, saved -> {
                    refresh();
                    showDetail(saved.exercise());
                })
                .open();
    }
}
