package app.floorplan.ui.portal;

import app.floorplan.core.exercise.WatchFor;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import app.floorplan.core.export.PlanDocuments;
import app.floorplan.core.portal.MyPlan;
import app.floorplan.core.portal.MyPlanPage;
import app.floorplan.core.portal.PatientPlan;
import app.floorplan.core.portal.PlanExercise;
import app.floorplan.core.practice.PracticeProgress;
import app.floorplan.core.safety.GetHelpNow;
import app.floorplan.ui.export.ClinicPaper;
import app.floorplan.ui.export.Downloads;
import app.floorplan.ui.export.MyRecordView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Supplier;

/**
 * The patient's landing page on her phone: today's log status and streak, her current plan (phase, exercises, daily-life
 * advice, when it last changed), her last four weeks and the "When to get help now" card. One column; exercise and advice details are built only when
 * she opens them, so an idle session keeps little on the server.
 */
@Route("my-plan")
@PageTitle("My plan · FloorPlan")
@RolesAllowed("PATIENT")
public class MyPlanView extends VerticalLayout {

    public MyPlanView(MyPlan myPlan, PatientToDo toDo, PlanDocuments documents, ClinicPaper paper, GetHelpNow help) {
        MyPlanPage page = myPlan.open();
        addClassName("fp-portal");
        setPadding(true);
        add(new H2("Hello, " + page.givenName()), toDo.block());
        page.plan().ifPresentOrElse(plan -> showPlan(plan, page.progress()), this::showEmptyState);
        add(new HelpNowCard(help));
        add(keepACopy(page.plan().isPresent(), documents, paper));
    }

    /** Her plan on paper (with a tick-sheet for four weeks) and her whole record, each made when she taps. */
    private static Component keepACopy(boolean hasPlan, PlanDocuments documents, ClinicPaper paper) {
        Div copies = new Div();
        copies.setId("plan-copies");
        if (hasPlan) {
            Anchor pdf = new Anchor(
                    Downloads.optional(() -> documents.mine(paper.size())), "Print my plan (PDF with a tick-sheet)");
            pdf.setId("my-plan-pdf");
            copies.add(new Paragraph(pdf));
        }
        copies.add(new Paragraph(new RouterLink("My record: download a copy of my data", MyRecordView.class)));
        return copies;
    }

    private void showEmptyState() {
        Div empty = new Div(
                new Paragraph("Your physical therapist has not shared a home program with you yet."),
                new Paragraph("After your next visit your exercises, how much to do and what to watch for will be"
                        + " here."));
        empty.addClassName("fp-empty-state");
        empty.setId("my-plan-empty-state");
        add(empty);
    }

    private void showPlan(PatientPlan plan, PracticeProgress progress) {
        add(todayCard(progress));
        H3 phase = new H3("Your phase: " + plan.phase().label());
        phase.setId("plan-phase");
        add(phase, new Paragraph(plan.phase().patientExplanation()));
        if (!plan.goals().isEmpty()) {
            add(new H3("Your goals"), list(new UnorderedList(), plan.goals()));
        }
        add(new H3("Today's exercises"));
        Div exercises = new Div();
        exercises.setId("plan-exercises");
        plan.exercises().forEach(exercise -> exercises.add(exercise(exercise)));
        add(exercises);
        add(new H3("Your last 4 weeks"), PracticeChart.of(progress));
        Paragraph summary = new Paragraph(progress.summary());
        summary.setId("practice-summary");
        add(summary);
        if (!plan.advice().isEmpty() || plan.otherAdvice().isPresent()) {
            add(new H3("In daily life"));
            plan.advice().forEach(advice -> add(advice(advice)));
            plan.otherAdvice().ifPresent(other -> add(new Paragraph(other)));
        }
        Paragraph changed = new Paragraph("Your plan was last changed on " + PortalText.date(plan.changedOn()) + ".");
        changed.setId("plan-changed");
        changed.addClassName("fp-muted");
        add(changed);
        plan.reasonForChange().ifPresent(reason -> {
            Paragraph why = new Paragraph("Why, from your physiotherapist: " + reason);
            why.setId("plan-change-reason");
            add(why);
        });
    }

    private static Component todayCard(PracticeProgress progress) {
        var today = progress.todayMark();
        Paragraph status = new Paragraph(today.session()
                .map(session ->
                        "Today is logged: " + PortalText.completion(session).toLowerCase() + ". Thank you!")
                .orElse("You have not logged today's practice yet."));
        status.setId("today-status");
        Paragraph streak =
                new Paragraph(PortalText.streak(progress.streak(), progress.streak() == PracticeProgress.DAYS));
        streak.setId("streak");
        Button session = new Button(
                "Start today's session",
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(GuidedSessionView.class)));
        session.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        session.setId("start-session");
        session.setWidthFull();
        Button log = new Button(
                today.session().isPresent() ? "Change today's entry" : "Log today's practice",
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(PracticeLogView.class)));
        log.addThemeVariants(ButtonVariant.LUMO_LARGE);
        log.setId("log-today");
        log.setWidthFull();
        Div card = new Div(status, streak, session, log);
        card.addClassName("fp-card");
        return card;
    }

    /** The summary is one text: number and name on the first line, how much on the second (styles.css). */
    private static NativeDetails exercise(PlanExercise exercise) {
        return lazy(exercise.number() + ". " + exercise.name() + "\n" + exercise.dosage(), () -> {
            Div body = new Div(new Paragraph(exercise.purpose()));
            exercise.setUp().ifPresent(setUp -> body.add(new Paragraph("Starting position: " + setUp)));
            body.add(new H3("Steps"), list(new OrderedList(), exercise.steps()));
            if (!exercise.cues().isEmpty()) {
                body.add(new H3("Keep in mind"), list(new UnorderedList(), exercise.cues()));
            }
            if (!exercise.watchFors().isEmpty() || exercise.watchForNote().isPresent()) {
                body.add(new H3("Stop or make it easier if you notice"));
                UnorderedList signs = new UnorderedList();
                exercise.watchFors().forEach(sign -> signs.add(new ListItem(watchFor(sign))));
                exercise.watchForNote().ifPresent(note -> signs.add(new ListItem(note)));
                body.add(signs);
            }
            body.add(new Paragraph("How much: " + exercise.dosage()));
            exercise.ptNote().ifPresent(note -> {
                Paragraph fromPt = new Paragraph("From your physiotherapist: " + note);
                fromPt.addClassName("fp-pt-note");
                body.add(fromPt);
            });
            return body;
        });
    }

    private static NativeDetails advice(DailyLifeAdvice advice) {
        return lazy(advice.title(), () -> new Paragraph(advice.text()));
    }

    /**
     * A closed section whose content is built the first time it is opened. The browser's own {@code <details>}: one
     * element and its summary text, where a {@code vaadin-details} keeps four elements on the server.
     */
    private static NativeDetails lazy(String summary, Supplier<Component> content) {
        NativeDetails details = new NativeDetails(summary);
        details.addClassName("fp-plan-item");
        details.addToggleListener(event -> {
            if (event.isOpened() && details.getContent() == null) {
                details.setContent(content.get());
            }
        });
        return details;
    }

    private static String watchFor(WatchFor sign) {
        return sign.label() + ": " + sign.whatItIs() + " " + sign.whatToDo();
    }

    private static <L extends HasComponents> L list(L list, List<String> items) {
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }
}
