package app.floorplan.ui.program;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.PrescriptionDecision;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramVersion;
import app.floorplan.core.program.HomePrograms;
import app.floorplan.core.program.ProgramContent;
import app.floorplan.core.program.ProgramFields;
import app.floorplan.core.program.ProgramTemplate;
import app.floorplan.core.program.ProgramTemplates;
import app.floorplan.core.suggestion.PlanningAids;
import app.floorplan.core.suggestion.ProgramPlanning;
import app.floorplan.core.suggestion.SuggestedItem;
import app.floorplan.core.validation.EditConflictException;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.core.validation.Violation;
import app.floorplan.ui.form.SaveFeedback;
import app.floorplan.ui.form.UnsavedChangesGuard;
import app.floorplan.ui.patient.PatientView;
import app.floorplan.ui.patient.RecordAddress;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds and revises a patient's home program ({@link ProgramForm}). Suggestions from the findings are offered with
 * their reasons and applied only when accepted one by one. The prescription gate's answer marks refused exercises with
 * the reason ({@link PrescribingGate}). The first save prescribes; every later save is a new version with a mandatory
 * reason. Refusals appear next to their fields and never clear what was typed; a save that loses to someone else's
 * keeps the form and offers both ways out.
 *
 * <p>The form can be saved as a clinic template, and a program can be started from one ({@link TemplateChooser}):
 * nothing is saved until the PT saves the program.
 */
@Route("patients/:patientId/program")
@PageTitle("Home program · FloorPlan")
@RolesAllowed("PT")
public class ProgramEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    private final HomePrograms programs;
    private final ProgramPlanning planning;
    private final ZoneId zone;
    private final UnsavedChangesGuard guard;

    private final H2 title = new H2("Home program");
    private final Paragraph status = new Paragraph();
    private final Div clearance = new Div();
    private final Div conflict = new Div();
    private final Div problems = new Div();
    private final Div suggestionsHolder = new Div();
    private final ProgramForm form = new ProgramForm(this::changed);
    private final PrescribingGate gate = new PrescribingGate(form, this::exerciseName, this::check);
    private final SaveFeedback saveResult = new SaveFeedback("save-result");
    private final TextArea reason = new TextArea("Reason for the change");
    private final Checkbox reasonVisible = new Checkbox("Show the reason to the patient");
    private final Button save = new Button();
    private final Div historyHolder = new Div();

    private PatientId patientId = PatientId.random();
    private Optional<HomeProgram> program = Optional.empty();
    private Map<AccountId, String> staff = Map.of();
    private boolean dirty;

    public ProgramEditorView(HomePrograms programs, ProgramTemplates templates, ProgramPlanning planning, Clock clock) {
        this.programs = programs;
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

        reason.setId(ProgramText.id(ProgramFields.REASON));
        reason.setMaxLength(HomeProgramVersion.MAX_REASON_LENGTH + 10);
        reason.setWidthFull();
        reason.setHelperText("Why the program changes, e.g. what the re-assessment showed. Kept with the new version.");
        form.showRefusalsOf(ProgramFields.REASON, reason);
        reasonVisible.setId("program-reason-visible");
        save.setId("save-program");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button back = new Button("Back to patient", e -> getUI().ifPresent(
                        ui -> ui.navigate(PatientView.class, new RouteParameters("patientId", patientId.toString()))));
        back.setId("back-to-patient");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        TemplateChooser templateChooser = new TemplateChooser(templates, new TemplateChooser.Editor() {
            @Override
            public Optional<ProgramContent> read() {
                return ProgramEditorView.this.read();
            }

            @Override
            public boolean hasUnsavedChanges() {
                return dirty;
            }

            @Override
            public void startFrom(ProgramTemplate template, ProgramContent content) {
                ProgramEditorView.this.startFrom(template, content);
            }

            @Override
            public void refused(List<Violation> violations) {
                showProblems(form.show(violations));
            }
        });

        add(
                title,
                status,
                clearance,
                suggestionsHolder,
                conflict,
                problems,
                templateChooser,
                form,
                gate,
                new H3("Save"),
                reason,
                reasonVisible,
                saveResult,
                new HorizontalLayout(save, templateChooser.saveAsButton(), back),
                historyHolder);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        patientId = RecordAddress.patient(event);
        load();
    }

    /** Reads the program (the use cases check the role and the clinic first), then fills the screen from it. */
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
                form.choose(suggested);
            }

            @Override
            public boolean item(SuggestedItem item) {
                return form.addRow(item.exercise(), item.name(), item.dosage(), "");
            }

            @Override
            public void advice(DailyLifeAdvice suggested) {
                form.addAdvice(suggested);
            }
        }));
        form.offer(aids.choices());
        fill(program.map(p -> p.current().content()));
        conflict.setVisible(false);
        gate.clear();
        // the saved program checked again today: a precaution may refuse what was allowed when it was prescribed
        program.ifPresent(p -> gate.show(programs.check(patientId, p.current().content())));
        showHistory();
    }

    private void fill(Optional<ProgramContent> content) {
        form.fill(content, this::exerciseName);
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
        problems.setVisible(false);
        dirty = false;
        getUI().ifPresent(guard::syncBrowserPrompt);
    }

    private String exerciseName(ExerciseId exercise) {
        return planning.exerciseName(exercise).orElse(ProgramText.UNKNOWN_EXERCISE);
    }

    private void showHistory() {
        historyHolder.removeAll();
        program.ifPresent(p -> historyHolder.add(new ProgramHistoryPanel(p, planning, staff, zone)));
    }

    private void changed() {
        if (!dirty) {
            dirty = true;
            getUI().ifPresent(guard::syncBrowserPrompt);
        }
    }

    /** The program as typed, or empty after showing every refusal next to its field or above the form. */
    private Optional<ProgramContent> read() {
        List<String> general = new ArrayList<>();
        Optional<ProgramContent> content = form.read(general);
        showProblems(general);
        return content;
    }

    private void showProblems(List<String> general) {
        problems.removeAll();
        general.forEach(message -> problems.add(new Paragraph(message)));
        problems.setVisible(!general.isEmpty());
    }

    private void check() {
        read().ifPresent(content -> {
            try {
                gate.show(programs.check(patientId, content));
            } catch (InvalidInputException refused) {
                showProblems(form.show(refused.violations()));
            }
        });
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
            showProblems(form.show(refused.violations()));
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

    /** Fills the form from the template; unsaved until the PT saves, so leaving asks first. */
    private void startFrom(ProgramTemplate chosen, ProgramContent content) {
        fill(Optional.of(content));
        conflict.setVisible(false);
        gate.clear();
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
