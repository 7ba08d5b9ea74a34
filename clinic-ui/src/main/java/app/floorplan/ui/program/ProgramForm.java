package app.floorplan.ui.program;

import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.program.ProgramContent;
import app.floorplan.core.program.ProgramContentDraft;
import app.floorplan.core.program.ProgramContentDraft.ItemDraft;
import app.floorplan.core.program.ProgramFields;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.core.validation.Violation;
import app.floorplan.core.validation.Violations;
import app.floorplan.ui.form.FieldMessages;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The content of a home program as the PT edits it: phase, goals, exercises with first-class dosage (one
 * {@link ItemEditor} each) and daily-life advice. It is read through core's {@link ProgramContentDraft}, so the form
 * refuses exactly what core refuses, each refusal next to its field or on its exercise's row; what was typed is never
 * cleared by a refusal.
 */
final class ProgramForm extends VerticalLayout {

    private static final Pattern ITEM_KEY = Pattern.compile("^program\\.items\\[(\\d+)](.*)$");

    private final Select<ProgramPhase> phase = new Select<>();
    private final Paragraph phaseExplanation = new Paragraph();
    private final List<TextField> goals = new ArrayList<>();
    private final ComboBox<Exercise> addChoice = new ComboBox<>("Add an exercise from the library");
    private final VerticalLayout itemsHolder = new VerticalLayout();
    private final List<ItemEditor> rows = new ArrayList<>();
    private final CheckboxGroup<DailyLifeAdvice> advice = new CheckboxGroup<>("Daily-life advice");
    private final TextArea freeTextAdvice = new TextArea("Anything else to keep in mind (written advice)");
    private final Map<String, HasValidation> outside = new LinkedHashMap<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Runnable changed;
    private boolean filling;

    /** @param changed told of every change the PT makes (not of filling the form) */
    ProgramForm(Runnable changed) {
        this.changed = changed;
        setPadding(false);

        phase.setLabel("Phase the patient is in");
        phase.setId(ProgramText.id(ProgramFields.PHASE));
        phase.setItems(ProgramPhase.values());
        phase.setItemLabelGenerator(ProgramText::phase);
        phase.setWidth("20rem");
        phase.addValueChangeListener(e -> {
            phaseExplanation.setText(
                    e.getValue() == null
                            ? ""
                            : "What the patient reads: " + e.getValue().patientExplanation());
            changed();
        });
        phaseExplanation.setId("phase-explanation");
        phaseExplanation.getStyle().set("color", "var(--lumo-secondary-text-color)");

        VerticalLayout goalFields = new VerticalLayout();
        goalFields.setPadding(false);
        goalFields.setSpacing(false);
        for (int index = 0; index < ProgramContent.MAX_GOALS; index++) {
            TextField goal = new TextField(index == 0 ? "Goals (up to " + ProgramContent.MAX_GOALS + ")" : "");
            goal.setPlaceholder("Goal " + (index + 1) + ", e.g. lift the car seat without back pain");
            // only the first goal shows the label; each reads alone as "Goal 2" for a screen reader
            goal.setAriaLabel("Goal " + (index + 1));
            goal.setId(ProgramText.id(ProgramFields.goal(index)));
            goal.setMaxLength(ProgramContent.MAX_GOAL_LENGTH + 10);
            goal.setWidthFull();
            goal.addValueChangeListener(e -> changed());
            goals.add(goal);
            goalFields.add(goal);
        }

        addChoice.setId("add-exercise-choice");
        addChoice.setItemLabelGenerator(exercise -> exercise.name() + " · phase "
                + exercise.phase().number() + " · " + exercise.category().label());
        addChoice.setWidth("32rem");
        addChoice.setPlaceholder("Type to search, e.g. bridge");
        Button add = new Button("Add", VaadinIcon.PLUS.create(), e -> addChosen());
        add.setId("add-exercise");
        HorizontalLayout adding = new HorizontalLayout(addChoice, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        itemsHolder.setPadding(false);
        itemsHolder.setId("program-items");

        advice.setId("program-advice");
        advice.setItems(DailyLifeAdvice.values());
        advice.setItemLabelGenerator(DailyLifeAdvice::title);
        advice.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        advice.addValueChangeListener(e -> changed());
        freeTextAdvice.setId(ProgramText.id(ProgramFields.FREE_TEXT_ADVICE));
        freeTextAdvice.setMaxLength(ProgramContent.MAX_FREE_TEXT_ADVICE_LENGTH + 10);
        freeTextAdvice.setWidthFull();
        freeTextAdvice.addValueChangeListener(e -> changed());

        add(
                new H3("Phase"),
                phase,
                phaseExplanation,
                goalFields,
                new H3("Exercises"),
                adding,
                itemsHolder,
                new H3("Advice for daily life"),
                advice,
                freeTextAdvice);
    }

    /** A field outside the form (e.g. the revision's reason) that shows core's refusals under this key. */
    void showRefusalsOf(String key, HasValidation field) {
        outside.put(key, field);
        relayout();
    }

    void offer(List<Exercise> choices) {
        addChoice.setItems(choices);
    }

    /** Fills the form from a program (or empties it), without counting as a change. */
    void fill(Optional<ProgramContent> content, Function<ExerciseId, String> exerciseNames) {
        filling = true;
        try {
            phase.setValue(content.map(ProgramContent::phase).orElse(null));
            List<String> goalTexts = content.map(ProgramContent::goals).orElse(List.of());
            for (int index = 0; index < goals.size(); index++) {
                goals.get(index).setValue(index < goalTexts.size() ? goalTexts.get(index) : "");
            }
            rows.clear();
            content.ifPresent(c -> c.items()
                    .forEach(item -> addRow(
                            item.exercise(),
                            exerciseNames.apply(item.exercise()),
                            item.dosage(),
                            item.note().orElse(""))));
            relayout();
            advice.setValue(content.map(ProgramContent::advice).orElse(Set.of()));
            freeTextAdvice.setValue(
                    content.flatMap(ProgramContent::freeTextAdvice).orElse(""));
            messages().clear();
        } finally {
            filling = false;
        }
    }

    /** The phase a suggestion proposes. */
    void choose(ProgramPhase suggested) {
        phase.setValue(suggested);
    }

    /** One more advice a suggestion proposes, keeping the chosen ones. */
    void addAdvice(DailyLifeAdvice suggested) {
        var chosen = EnumSet.noneOf(DailyLifeAdvice.class);
        chosen.addAll(advice.getValue());
        chosen.add(suggested);
        advice.setValue(chosen);
    }

    /** Appends an exercise with a dosage to start from; false when the program already has it. */
    boolean addRow(ExerciseId exercise, String name, Dosage dosage, String note) {
        if (rows.stream().anyMatch(row -> row.exercise().equals(exercise))) {
            return false;
        }
        rows.add(new ItemEditor(
                exercise,
                name,
                dosage,
                note,
                new ItemEditor.Moves() {
                    @Override
                    public void move(ItemEditor row, int by) {
                        int from = rows.indexOf(row);
                        int to = from + by;
                        if (from >= 0 && to >= 0 && to < rows.size()) {
                            rows.remove(from);
                            rows.add(to, row);
                            relayout();
                            changed();
                        }
                    }

                    @Override
                    public void remove(ItemEditor row) {
                        rows.remove(row);
                        relayout();
                        changed();
                    }
                },
                this::changed));
        if (!filling) {
            relayout();
            changed();
        }
        return true;
    }

    /**
     * The program as typed, or empty after showing every refusal: next to its field, on its row, or in the answer.
     *
     * @param general receives the refusals no field or row can show
     */
    Optional<ProgramContent> read(List<String> general) {
        var found = new Violations();
        var draft = new ProgramContentDraft();
        if (phase.getValue() != null) {
            draft.phase(phase.getValue());
        }
        draft.goals(goals.stream().map(TextField::getValue).toList());
        List<ItemDraft> items = new ArrayList<>();
        for (int index = 0; index < rows.size(); index++) {
            items.add(rows.get(index).read(found, index));
        }
        draft.items(items).advice(advice.getValue()).freeTextAdvice(freeTextAdvice.getValue());
        try {
            ProgramContent content = draft.build();
            if (found.isEmpty()) {
                general.addAll(show(List.of()));
                return Optional.of(content);
            }
        } catch (InvalidInputException refused) {
            refused.violations().forEach(v -> found.add(v.field(), v.message()));
        }
        general.addAll(show(found.list()));
        return Optional.empty();
    }

    /**
     * Each refusal next to its field and a refused exercise on its row.
     *
     * @return the refusals no field or row can show, to be shown above the form
     */
    List<String> show(List<Violation> violations) {
        rows.forEach(row -> row.showRefusal(null));
        List<Violation> placed = new ArrayList<>();
        Map<Integer, List<String>> byRow = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (Violation violation : violations) {
            var item = ITEM_KEY.matcher(violation.field());
            if (fields.containsKey(violation.field())) {
                placed.add(violation);
            } else if (item.matches() && Integer.parseInt(item.group(1)) < rows.size()) {
                byRow.computeIfAbsent(Integer.parseInt(item.group(1)), i -> new ArrayList<>())
                        .add(violation.message());
            } else {
                general.add(violation.message());
            }
        }
        messages().show(placed);
        byRow.forEach((index, reasons) -> rows.get(index).showRefusal(String.join(" · ", reasons)));
        if (!byRow.isEmpty() && general.isEmpty()) {
            general.add("Some exercises are refused: see the marked rows.");
        }
        return general;
    }

    /** The exercise at a position as refused by the gate, with the reasons. */
    void markRefused(int position, String reasons) {
        rows.get(position).showRefusal(reasons);
    }

    /** The exercise at a position as one to take care with for this patient, with the reasons. */
    void markWarning(int position, String reasons) {
        rows.get(position).showWarning(reasons);
    }

    void clearWarnings() {
        rows.forEach(row -> row.showWarning(null));
    }

    private void addChosen() {
        Exercise chosen = addChoice.getValue();
        if (chosen == null) {
            return;
        }
        if (!addRow(chosen.id(), chosen.name(), chosen.defaultDosage(), "")) {
            Notification.show(chosen.name() + " is already in the program", 4000, Notification.Position.MIDDLE);
        }
        addChoice.clear();
    }

    /** Shows the rows in order with the ids and keys of their positions. */
    private void relayout() {
        itemsHolder.removeAll();
        fields.clear();
        fields.put(ProgramFields.PHASE, phase);
        for (int index = 0; index < goals.size(); index++) {
            fields.put(ProgramFields.goal(index), goals.get(index));
        }
        fields.put(ProgramFields.ITEMS, addChoice);
        fields.put(ProgramFields.FREE_TEXT_ADVICE, freeTextAdvice);
        fields.putAll(outside);
        for (int index = 0; index < rows.size(); index++) {
            ItemEditor row = rows.get(index);
            row.placeAt(index, rows.size(), fields::put);
            row.showRefusal(null);
            itemsHolder.add(row);
        }
        if (rows.isEmpty()) {
            Div empty = new Div("No exercise yet: accept suggestions above or add one from the library.");
            empty.addClassName("fp-empty-state");
            empty.setId("program-items-empty");
            itemsHolder.add(empty);
        }
    }

    private FieldMessages messages() {
        var messages = new FieldMessages();
        fields.forEach(messages::register);
        return messages;
    }

    private void changed() {
        if (!filling) {
            changed.run();
        }
    }
}
