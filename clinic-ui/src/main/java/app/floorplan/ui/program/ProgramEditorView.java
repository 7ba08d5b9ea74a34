package app.floorplan.ui.program;

import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.PrescriptionDecision;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramVersion;
import app.floorplan.core.program.HomePrograms;
import app.floorplan.core.program.ItemDecision;
import app.floorplan.core.program.PrescriptionCheck;
import app.floorplan.core.program.ProgramContent;
import app.floorplan.core.program.ProgramContentDraft;
import app.floorplan.core.program.ProgramContentDraft.ItemDraft;
import app.floorplan.core.program.ProgramFields;
import app.floorplan.core.program.ProgramTemplate;
import app.floorplan.core.program.ProgramTemplates;
import app.floorplan.core.suggestion.PlanningAids;
import app.floorplan.core.suggestion.ProgramPlanning;
import app.floorplan.core.suggestion.SuggestedItem;
import app.floorplan.core.validation.EditConflictException;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.core.validation.Violation;
import app.floorplan.core.validation.Violations;
import app.floorplan.ui.form.FieldMessages;
import app.floorplan.ui.form.SaveFeedback;
import app.floorplan.ui.form.UnsavedChangesGuard;
import app.floorplan.ui.patient.PatientView;
import app.floorplan.ui.patient.RecordAddress;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds and revises a patient's home program: phase, goals, exercises with first-class dosage, daily-life advice.
 * Suggestions from the findings are offered with their reasons and applied only when accepted one by one. The
 * prescription gate's answer marks refused exercises with the reason. The first save prescribes; every later save is a
 * new version with a mandatory reason. Refusals appear next to their fields and never clear what was typed.
 *
 * <p>The form can be saved as a clinic template, and a program can be started from one: loading a template only fills
 * the form (after a confirm when it has unsaved changes); nothing is saved until the PT saves the program.
 */
@Route("patients/:patientId/program")
@PageTitle("Home program · FloorPlan")
@RolesAllowed("PT")
public class ProgramEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    private static final Pattern ITEM_KEY = Pattern.compile("^program\\.items\\[(\\d+)](.*)$");

    private final HomePrograms programs;
    private final ProgramTemplates templates;
    private final ProgramPlanning planning;
    private final ZoneId zone;
    private final UnsavedChangesGuard guard;

    private final H2 title = new H2("Home program");
    private final Paragraph status = new Paragraph();
    private final Div clearance = new Div();
    private final Div conflict = new Div();
    private final Div problems = new Div();
    private final Div suggestionsHolder = new Div();
    private final Select<ProgramPhase> phase = new Select<>();
    private final Paragraph phaseExplanation = new Paragraph();
    private final List<TextField> goals = new ArrayList<>();
    private final ComboBox<Exercise> addChoice = new ComboBox<>("Add an exercise from the library");
    private final VerticalLayout itemsHolder = new VerticalLayout();
    private final List<ItemEditor> rows = new ArrayList<>();
    private final CheckboxGroup<DailyLifeAdvice> advice = new CheckboxGroup<>("Daily-life advice");
    private final TextArea freeTextAdvice = new TextArea("Anything else to keep in mind (written advice)");
    private final Div gateResult = new Div();
    private final SaveFeedback saveResult = new SaveFeedback("save-result");
    private final TextArea reason = new TextArea("Reason for the change");
    private final Checkbox reasonVisible = new Checkbox("Show the reason to the patient");
    private final Button save = new Button();
    private final Div historyHolder = new Div();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Dialog templateDialog = new Dialog();
    private final TextField templateName = new TextField("Template name");
    private final Dialog templatePicker = new Dialog();
    private final ComboBox<ProgramTemplate> templateChoice = new ComboBox<>("Template");

    private PatientId patientId = PatientId.random();
    private Optional<HomeProgram> program = Optional.empty();
    private Map<AccountId, String> staff = Map.of();
    private boolean dirty;
    private boolean loading;
    private Optional<ProgramContent> templateContent = Optional.empty();

    public ProgramEditorView(HomePrograms programs, ProgramTemplates templates, ProgramPlanning planning, Clock clock) {
        this.programs = programs;
        this.templates = templates;
        this.planning = planning;
        this.zone = clock.getZone();
        this.guard = new UnsavedChangesGuard(() -> dirty);
        setMaxWidth("72rem");

        status.setId("program-status");
        clearance.setId("gate-clearance");
        clearance.addClassName("fp-red-flag");
        clearance.setVisible(false);
        conflict.setId("edit-conflict");
        conflict.addClassName("fp-conflict");
        conflict.setVisible(false);
        problems.setId("program-problems");
        problems.addClassName("fp-conflict");
        problems.setVisible(false);
        suggestionsHolder.setWidthFull();

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

        Button check = new Button("Check against the prescription gate", VaadinIcon.SHIELD.create(), e -> check());
        check.setId("check-gate");
        gateResult.setId("gate-result");

        reason.setId(ProgramText.id(ProgramFields.REASON));
        reason.setMaxLength(HomeProgramVersion.MAX_REASON_LENGTH + 10);
        reason.setWidthFull();
        reason.setHelperText("Why the program changes, e.g. what the re-assessment showed. Kept with the new version.");
        reasonVisible.setId("program-reason-visible");
        save.setId("save-program");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button back = new Button("Back to patient", e -> getUI().ifPresent(
                        ui -> ui.navigate(PatientView.class, new RouteParameters("patientId", patientId.toString()))));
        back.setId("back-to-patient");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button saveAsTemplate = new Button("Save as template", VaadinIcon.COPY.create(), e -> askTemplateName());
        saveAsTemplate.setId("save-as-template");
        Button startFromTemplate =
                new Button("Start from template", VaadinIcon.FILE_TEXT_O.create(), e -> pickTemplate());
        startFromTemplate.setId("start-from-template");
        buildTemplateDialogs();

        add(
                title,
                status,
                clearance,
                suggestionsHolder,
                conflict,
                problems,
                new HorizontalLayout(startFromTemplate),
                new H3("Phase"),
                phase,
                phaseExplanation,
                goalFields,
                new H3("Exercises"),
                adding,
                itemsHolder,
                new H3("Advice for daily life"),
                advice,
                freeTextAdvice,
                new H3("Prescription gate"),
                check,
                gateResult,
                new H3("Save"),
                reason,
                reasonVisible,
                saveResult,
                new HorizontalLayout(save, saveAsTemplate, back),
                historyHolder);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        patientId = RecordAddress.patient(event);
        load();
    }

    /** Reads the program (the use case checks the role and the clinic first), then fills the screen from it. */
    private void load() {
        program = programs.current(patientId);
        PlanningAids aids = planning.open(patientId);
        staff = aids.staffNames();
        title.setText("Home program · " + aids.patientName());
        if (aids.clearance() instanceof PrescriptionDecision.Rejection rejection) {
            clearance.setText("No exercise program can be prescribed: " + rejection.reason());
            clearance.setVisible(true);
        } else {
            clearance.setVisible(false);
        }
        suggestionsHolder.removeAll();
        suggestionsHolder.add(new SuggestionsPanel(aids.suggestion(), new SuggestionsPanel.Accepting() {
            @Override
            public void phase(ProgramPhase suggested) {
                phase.setValue(suggested);
            }

            @Override
            public boolean item(SuggestedItem item) {
                return addRow(item.exercise(), item.name(), item.dosage(), "");
            }

            @Override
            public void advice(DailyLifeAdvice suggested) {
                var chosen = EnumSet.noneOf(DailyLifeAdvice.class);
                chosen.addAll(advice.getValue());
                chosen.add(suggested);
                advice.setValue(chosen);
            }
        }));
        addChoice.setItems(aids.choices());
        fill(program.map(p -> p.current().content()));
        conflict.setVisible(false);
        gateResult.removeAll();
        // the saved program checked again today: a precaution may refuse what was allowed when it was prescribed
        program.ifPresent(p -> showGate(programs.check(patientId, p.current().content())));
        showHistory();
    }

    private void fill(Optional<ProgramContent> content) {
        loading = true;
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
                            planning.exerciseName(item.exercise()).orElse(ProgramText.UNKNOWN_EXERCISE),
                            item.dosage(),
                            item.note().orElse(""))));
            relayout();
            advice.setValue(content.map(ProgramContent::advice).orElse(Set.of()));
            freeTextAdvice.setValue(
                    content.flatMap(ProgramContent::freeTextAdvice).orElse(""));
            reason.setValue("");
            reasonVisible.setValue(false);
            boolean revising = program.isPresent();
            reason.setVisible(revising);
            reasonVisible.setVisible(revising);
            save.setText(revising ? "Save as new version" : "Prescribe");
            status.setText(program.map(p -> "Version " + p.current().number() + " of "
                            + ProgramText.when(p.current().createdAt(), zone) + " by "
                            + staff.getOrDefault(p.current().author(), "Unknown author") + ". Saving creates version "
                            + (p.current().number() + 1) + ".")
                    .orElse("No program yet: the first save prescribes it."));
            messages().clear();
            problems.setVisible(false);
        } finally {
            loading = false;
        }
        dirty = false;
        getUI().ifPresent(guard::syncBrowserPrompt);
    }

    private void showHistory() {
        historyHolder.removeAll();
        program.ifPresent(p -> historyHolder.add(new ProgramHistoryPanel(p, planning, staff, zone)));
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

    /** Appends an exercise with a dosage to start from; false when the program already has it. */
    private boolean addRow(ExerciseId exercise, String name, Dosage dosage, String note) {
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
        if (!loading) {
            relayout();
            changed();
        }
        return true;
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
        fields.put(ProgramFields.REASON, reason);
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

    private void changed() {
        if (loading) {
            return;
        }
        if (!dirty) {
            dirty = true;
            getUI().ifPresent(guard::syncBrowserPrompt);
        }
    }

    /** The program as typed, or empty after showing every refusal next to its field. */
    private Optional<ProgramContent> read() {
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
                show(List.of());
                return Optional.of(content);
            }
        } catch (InvalidInputException refused) {
            refused.violations().forEach(v -> found.add(v.field(), v.message()));
        }
        show(found.list());
        return Optional.empty();
    }

    private FieldMessages messages() {
        var messages = new FieldMessages();
        fields.forEach(messages::register);
        return messages;
    }

    /** Each refusal next to its field, a refused exercise on its row, the rest above the form. */
    private void show(List<Violation> violations) {
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
        problems.removeAll();
        general.forEach(message -> problems.add(new Paragraph(message)));
        if (!byRow.isEmpty() && general.isEmpty()) {
            problems.add(new Paragraph("Some exercises are refused: see the marked rows."));
        }
        problems.setVisible(!general.isEmpty() || !byRow.isEmpty());
    }

    private void check() {
        read().ifPresent(content -> {
            try {
                showGate(programs.check(patientId, content));
            } catch (InvalidInputException refused) {
                show(refused.violations());
            }
        });
    }

    private void showGate(PrescriptionCheck check) {
        gateResult.removeAll();
        gateResult.removeClassName("fp-conflict");
        rows.forEach(row -> row.showWarning(null));
        if (check.isAllowed()) {
            gateResult.add(new Paragraph("The gate allows this program: the intake clears the patient and every"
                    + " exercise passes its precautions."));
        } else {
            UnorderedList reasons = new UnorderedList();
            if (check.program() instanceof PrescriptionDecision.Rejection rejection) {
                reasons.add(new ListItem("Whole program: " + rejection.reason()));
            }
            for (ItemDecision item : check.items()) {
                if (!item.isAllowed()) {
                    String name = planning.exerciseName(item.exercise()).orElse(ProgramText.UNKNOWN_EXERCISE);
                    reasons.add(new ListItem(name + ": " + String.join("; ", item.refusals())));
                    rows.get(item.position()).showRefusal(String.join(" · ", item.refusals()));
                }
            }
            Paragraph refused =
                    new Paragraph("The gate refuses this program; nothing can be saved until it allows it:");
            gateResult.add(refused, reasons);
            gateResult.addClassName("fp-conflict");
        }
        if (check.hasWarnings()) {
            UnorderedList warnings = new UnorderedList();
            warnings.setId("gate-warnings");
            for (ItemDecision item : check.items()) {
                if (!item.warnings().isEmpty()) {
                    warnings.add(
                            new ListItem(planning.exerciseName(item.exercise()).orElse(ProgramText.UNKNOWN_EXERCISE)
                                    + ": " + String.join("; ", item.warnings())));
                    rows.get(item.position()).showWarning(String.join(" · ", item.warnings()));
                }
            }
            gateResult.add(
                    new Paragraph("Take care with these exercises for this patient (they can be saved; you decide):"),
                    warnings);
        }
    }

    private void save() {
        conflict.setVisible(false);
        saveResult.clear();
        read().ifPresentOrElse(this::save, this::refusedNextToTheButton);
    }

    private void save(ProgramContent content) {
        try {
            HomeProgram saved = program.isEmpty()
                    ? programs.prescribe(patientId, content)
                    : programs.revise(
                            patientId,
                            program.get().current().number(),
                            content,
                            reason.getValue(),
                            reasonVisible.getValue());
            dirty = false;
            load();
            saveResult.saved("Saved as version " + saved.current().number() + ".");
        } catch (EditConflictException someoneElse) {
            showConflict(content);
            saveResult.refused("Not saved: someone else changed this program meanwhile (see above).");
        } catch (InvalidInputException refused) {
            show(refused.violations());
            refusedNextToTheButton();
        }
    }

    /**
     * The reason a save was refused, repeated next to the button: the general reasons (such as an open red flag) are
     * listed above the form and the marked fields and rows may be far up the page.
     */
    private void refusedNextToTheButton() {
        List<String> general = problems.getChildren()
                .filter(Paragraph.class::isInstance)
                .map(paragraph -> ((Paragraph) paragraph).getText())
                .toList();
        saveResult.refused(
                general.isEmpty()
                        ? "Not saved: see the marked fields above."
                        : "Not saved: " + String.join(" ", general));
    }

    private void showConflict(ProgramContent mine) {
        conflict.removeAll();
        Button theirs = new Button("Load the current version (discard my changes)", e -> load());
        theirs.setId("load-their-version");
        Button overwrite = new Button("Save my changes on top of it", e -> {
            program = programs.current(patientId);
            boolean revising = program.isPresent();
            reason.setVisible(revising);
            reasonVisible.setVisible(revising);
            save.setText("Save as new version");
            conflict.setVisible(false);
            save(mine);
        });
        overwrite.setId("save-mine-anyway");
        overwrite.addThemeVariants(ButtonVariant.LUMO_ERROR);
        conflict.add(
                new Paragraph("Someone else changed this program while you were editing. Your changes are still in"
                        + " the form and have not been saved."),
                new HorizontalLayout(theirs, overwrite));
        conflict.setVisible(true);
    }

    private void buildTemplateDialogs() {
        templateDialog.setHeaderTitle("Save as template");
        templateDialog.setId("template-dialog");
        templateName.setId(ProgramText.id(ProgramFields.TEMPLATE_NAME));
        templateName.setMaxLength(ProgramTemplate.MAX_NAME_LENGTH + 10);
        templateName.setManualValidation(true);
        templateName.setWidth("28rem");
        templateName.setPlaceholder("e.g. Early postnatal, after a C-section");
        templateName.setHelperText("Everyone in your clinic can start programs from it. Write no patient details.");
        Button saveTemplate = new Button("Save template", e -> saveTemplate());
        saveTemplate.setId("save-template");
        saveTemplate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancelTemplate = new Button("Cancel", e -> templateDialog.close());
        templateDialog.add(
                new Paragraph("The program as it stands in the form, without the patient. The patient's program is not"
                        + " saved by this."),
                templateName);
        templateDialog.getFooter().add(cancelTemplate, saveTemplate);

        templatePicker.setHeaderTitle("Start from template");
        templatePicker.setId("template-picker");
        templateChoice.setId("template-choice");
        templateChoice.setItemLabelGenerator(ProgramTemplate::name);
        templateChoice.setWidth("28rem");
        templateChoice.setManualValidation(true);
        Button loadTemplate = new Button("Fill the form", e -> loadChosenTemplate());
        loadTemplate.setId("load-template");
        loadTemplate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancelPick = new Button("Cancel", e -> templatePicker.close());
        templatePicker.add(
                new Paragraph("The template fills the form; adapt it to the patient, then save the program."),
                templateChoice);
        templatePicker.getFooter().add(cancelPick, loadTemplate);
    }

    /** Checks the form like a save would, then asks for the template's name. */
    private void askTemplateName() {
        templateContent = read();
        if (templateContent.isEmpty()) {
            return;
        }
        templateName.setInvalid(false);
        templateName.setErrorMessage(null);
        templateDialog.open();
    }

    private void saveTemplate() {
        ProgramContent content = templateContent.orElseThrow();
        try {
            ProgramTemplate saved = templates.saveAsTemplate(templateName.getValue(), content);
            templateDialog.close();
            templateName.clear();
            Notification.show(
                    "Saved as template \"" + saved.name() + "\". The patient's program is not saved yet.",
                    4000,
                    Notification.Position.BOTTOM_START);
        } catch (InvalidInputException refused) {
            List<Violation> others = new ArrayList<>();
            List<String> aboutName = new ArrayList<>();
            for (Violation violation : refused.violations()) {
                if (violation.field().equals(ProgramFields.TEMPLATE_NAME)) {
                    aboutName.add(violation.message());
                } else {
                    others.add(violation);
                }
            }
            templateName.setErrorMessage(aboutName.stream().collect(Collectors.joining(" · ")));
            templateName.setInvalid(!aboutName.isEmpty());
            if (!others.isEmpty()) {
                show(others);
                if (aboutName.isEmpty()) {
                    templateDialog.close();
                }
            }
        }
    }

    /** Lists the clinic's templates only when asked, so opening the editor reads none. */
    private void pickTemplate() {
        List<ProgramTemplate> available = templates.list();
        if (available.isEmpty()) {
            Notification.show(
                    "Your clinic has no templates yet: save a program as a template first.",
                    4000,
                    Notification.Position.MIDDLE);
            return;
        }
        templateChoice.setItems(available);
        templateChoice.clear();
        templateChoice.setInvalid(false);
        templatePicker.open();
    }

    private void loadChosenTemplate() {
        ProgramTemplate chosen = templateChoice.getValue();
        if (chosen == null) {
            templateChoice.setErrorMessage("Choose a template");
            templateChoice.setInvalid(true);
            return;
        }
        templatePicker.close();
        if (!dirty) {
            startFrom(chosen);
            return;
        }
        ConfirmDialog replace = new ConfirmDialog();
        replace.setId("replace-with-template");
        replace.setHeader("Replace the form with the template?");
        replace.setText("You have changes that are not saved. If the template fills the form they are lost.");
        replace.setCancelable(true);
        replace.setCancelText("Keep my changes");
        replace.setConfirmText("Replace with the template");
        replace.addConfirmListener(e -> startFrom(chosen));
        replace.open();
    }

    /** Fills the form from the template; unsaved until the PT saves, so leaving asks first. */
    private void startFrom(ProgramTemplate chosen) {
        ProgramContent content = templates.open(chosen.id()).build();
        fill(Optional.of(content));
        conflict.setVisible(false);
        gateResult.removeAll();
        status.setText(status.getText() + " Started from the template \"" + chosen.name()
                + "\": adapt it to the patient, then save. Nothing is saved yet.");
        changed();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        guard.beforeLeave(event);
    }

    /** The route parameters that open a patient's program. */
    static RouteParameters parameters(PatientId patient) {
        return new RouteParameters("patientId", patient.toString());
    }
}
