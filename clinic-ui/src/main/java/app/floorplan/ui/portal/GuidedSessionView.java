package app.floorplan.ui.portal;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.practice.Completion;
import app.floorplan.core.practice.PracticeFields;
import app.floorplan.core.session.ExerciseResult;
import app.floorplan.core.session.GuidedExercise;
import app.floorplan.core.session.GuidedSessions;
import app.floorplan.core.session.SessionPlan;
import app.floorplan.core.session.SessionResult;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.ui.form.FieldMessages;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Today's guided session on her phone, one exercise at a time. The steps and every timer run in the browser
 * (session-player.js, a static file: no frontend build); the server keeps only the day and the plan's exercise ids,
 * and hears from the browser when an exercise ends, when she stops for a symptom (saved at once) and at the end (saved
 * at once, then pain and effort are asked once and saved as a correction of the same day's entry).
 */
@Route("my-plan/session")
@PageTitle("Today's session · FloorPlan")
@RolesAllowed("PATIENT")
public class GuidedSessionView extends VerticalLayout {

    private final GuidedSessions sessions;
    private final Div player = new Div();
    private final FieldMessages messages = new FieldMessages();
    private final Paragraph status = new Paragraph();
    private LocalDate date = LocalDate.MIN;
    private List<ExerciseId> exercises = List.of();
    private List<String> names = List.of();
    private List<ExerciseResult> results = List.of();
    private String planJson = "";

    public GuidedSessionView(GuidedSessions sessions) {
        this.sessions = sessions;
        addClassName("fp-portal");
        setPadding(true);
        status.setId("session-status");
        status.getElement().setAttribute("aria-live", "polite");
        Optional<SessionPlan> plan = sessions.start();
        if (plan.isEmpty() || plan.get().exercises().isEmpty()) {
            Div empty = new Div(
                    new Paragraph("There is no session to start yet: your physical therapist has not shared a home"
                            + " program with you."),
                    backToPlan());
            empty.addClassName("fp-empty-state");
            empty.setId("session-empty-state");
            add(empty);
            return;
        }
        date = plan.get().date();
        exercises =
                plan.get().exercises().stream().map(GuidedExercise::exercise).toList();
        names = plan.get().exercises().stream().map(GuidedExercise::name).toList();
        planJson = SessionPlanJson.of(plan.get());
        player.setId("session-player");
        add(new H2("Today's session"), player, status);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (!planJson.isEmpty()) {
            attachEvent.getUI().getPage().addJavaScript("context://session-player.js");
            getElement()
                    .executeJs(
                            "window.FloorPlanSession.start(this, $0, JSON.parse($1))", player.getElement(), planJson);
            // the browser has the plan now; the server needs only the ids
            planJson = "";
        }
    }

    /** An exercise ended: remember how far she got (nothing is saved yet). */
    @ClientCallable
    void progress(String report) {
        results = SessionReport.read(exercises, report);
    }

    /** She stopped an exercise for doming, leaking, heaviness or pain: saved at once as that exercise's symptom. */
    @ClientCallable
    void stopped(String report) {
        results = SessionReport.read(exercises, report);
        save(OptionalInt.empty(), OptionalInt.empty());
    }

    /** The last exercise ended or she ended the session: saved at once, then pain and effort are asked once. */
    @ClientCallable
    void finished(String report) {
        results = SessionReport.read(exercises, report);
        boolean saved = save(OptionalInt.empty(), OptionalInt.empty());
        player.setVisible(false);
        showEnd(saved);
    }

    private void showEnd(boolean saved) {
        removeAll();
        long done = count(Completion.DONE);
        H2 heading = new H2(done == exercises.size() ? "Well done!" : "Session ended");
        heading.setId("session-end-heading");
        UnorderedList summary = new UnorderedList();
        summary.setId("session-summary");
        for (ExerciseResult result : results) {
            int index = exercises.indexOf(result.exercise());
            String stopped = result.stoppedFor()
                    .map(sign -> " (stopped: " + sign.sign().label().toLowerCase() + ")")
                    .orElse("");
            summary.add(new ListItem((index + 1) + ". " + names.get(index) + ": "
                    + PortalText.completion(result.completion()) + stopped));
        }
        if (saved) {
            status.setText("Saved as today's practice.");
        }
        IntegerField pain = new IntegerField("Pain now, from 0 to 10");
        pain.setId("session-pain");
        pain.setHelperText("0 means no pain, 10 the worst pain you can imagine.");
        pain.setStepButtonsVisible(true);
        pain.setWidthFull();
        messages.register(PracticeFields.PAIN, pain);
        IntegerField effort = new IntegerField("Effort, from 0 to 10");
        effort.setId("session-effort");
        // Borg CR10 category-ratio scale of perceived exertion (Borg 1982), anchors in plain words, as on the log page
        effort.setHelperText("How hard it felt: 0 no effort at all, 2 easy, 3 moderate, 5 hard, 7 very hard, 10 the"
                + " hardest you could possibly do.");
        effort.setStepButtonsVisible(true);
        effort.setWidthFull();
        messages.register(PracticeFields.EFFORT, effort);
        Button save = new Button("Save pain and effort");
        save.setId("session-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setWidthFull();
        save.setDisableOnClick(true);
        save.addClickListener(click -> {
            if (save(optional(pain.getValue()), optional(effort.getValue()))) {
                status.setText("Saved. Thank you!");
            }
            save.setEnabled(true);
        });
        Button change = new Button(
                "Change today's entry", click -> getUI().ifPresent(ui -> ui.navigate(PracticeLogView.class)));
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_LARGE);
        change.setWidthFull();
        add(heading, summary, status, new Paragraph("One last question, then you are done."), pain, effort, save);
        add(backToPlan(), change);
    }

    private boolean save(OptionalInt pain, OptionalInt effort) {
        if (results.isEmpty()) {
            status.setText("Nothing to save yet: no exercise was started.");
            return false;
        }
        try {
            sessions.record(new SessionResult(date, results, pain, effort));
            messages.clear();
            return true;
        } catch (InvalidInputException refused) {
            status.setText("Not saved. "
                    + refused.violations().stream()
                            .filter(violation -> !violation.field().equals(PracticeFields.PAIN)
                                    && !violation.field().equals(PracticeFields.EFFORT))
                            .map(violation -> violation.message())
                            .reduce((a, b) -> a + " " + b)
                            .orElse("Please check the marked answers."));
            messages.show(refused.violations().stream()
                    .filter(violation -> violation.field().equals(PracticeFields.PAIN)
                            || violation.field().equals(PracticeFields.EFFORT))
                    .toList());
            return false;
        }
    }

    private long count(Completion completion) {
        return results.stream()
                .filter(result -> result.completion() == completion)
                .count();
    }

    private Button backToPlan() {
        Button back = new Button("Back to my plan", click -> getUI().ifPresent(ui -> ui.navigate(MyPlanView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_LARGE);
        back.setWidthFull();
        back.setId("session-back");
        return back;
    }

    private static OptionalInt optional(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
