package app.floorplan.ui.screening;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.RedFlagLedger;
import app.floorplan.core.intake.RedFlagResolution;
import app.floorplan.core.intake.StaffNames;
import app.floorplan.core.screening.RedFlagReport;
import app.floorplan.core.screening.RedFlagReview;
import app.floorplan.core.screening.ScreenRef;
import app.floorplan.core.screening.VisitScreen;
import app.floorplan.core.validation.EditConflictException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * A patient's red flags across her visits. Flags that still block prescribing come first, prominent, with what to do
 * now for each condition; then each visit's screen with every positive flag, its state and the outcomes recorded, and
 * the latest EPDS. The PT records an outcome per visit.
 */
public final class RedFlagPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final PatientId patient;
    private final RedFlagReview review;
    private final ZoneId zone;

    /** Reads the patient's red flags (audited) and shows them. */
    public RedFlagPanel(PatientId patient, RedFlagReview review, ZoneId zone) {
        this.patient = patient;
        this.review = review;
        this.zone = zone;
        setId("red-flag-panel");
        setPadding(false);
        show(review.open(patient));
    }

    private void show(RedFlagReport report) {
        removeAll();
        if (report.anyBlocking()) {
            Div banner = new Div();
            banner.setId("red-flag-banner");
            banner.addClassName("fp-red-flag");
            banner.add(new Paragraph(
                    "Open red flags: no exercise program until each has a routine referral or a" + " clearance."));
            UnorderedList open = new UnorderedList();
            report.blocking()
                    .forEach(entry -> open.add(new ListItem(entry.flag().label() + " · " + state(entry))));
            banner.add(open, new H4("What to do now"));
            UnorderedList actions = new UnorderedList();
            actions.setId("red-flag-what-to-do");
            report.concernsToActOn()
                    .forEach(concern -> actions.add(new ListItem(concern.label() + ": " + concern.whatToDoNow())));
            banner.add(actions);
            add(banner);
        }
        report.latestEpds().ifPresent(epds -> {
            Paragraph latest = new Paragraph("Latest EPDS ("
                    + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).format(epds.date()) + "): "
                    + epds.score().summary());
            latest.setId("latest-epds");
            add(latest);
        });
        if (report.screens().isEmpty()) {
            add(new Paragraph("No red-flag screen recorded yet: it is part of the intake and of every assessment."));
        }
        report.screens().forEach(screen -> add(screen(screen, report.staff())));
    }

    private Details screen(VisitScreen screen, StaffNames staff) {
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        if (screen.entries().isEmpty()) {
            content.add(new Paragraph("Every question answered no."));
        }
        UnorderedList flags = new UnorderedList();
        screen.entries().forEach(entry -> flags.add(new ListItem(entry.flag().label() + " · " + state(entry))));
        if (!screen.entries().isEmpty()) {
            content.add(flags);
        }
        if (!screen.outcomes().isEmpty()) {
            UnorderedList history = new UnorderedList();
            screen.outcomes().forEach(outcome -> history.add(new ListItem(outcome(outcome, staff))));
            content.add(new H4("Outcomes recorded"), history);
        }
        if (!screen.entries().isEmpty()) {
            Button record = new Button("Record an outcome", e -> openDialog(screen));
            record.setId(
                    switch (screen.ref()) {
                        case ScreenRef.AtIntake intake -> "record-outcome-intake";
                        case ScreenRef.AtAssessment(var assessment) -> "record-outcome-" + assessment;
                    });
            record.addThemeVariants(
                    screen.blocking().isEmpty() ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY);
            content.add(record);
        }
        String summary = screen.visit() + " · "
                + (screen.entries().isEmpty()
                        ? "no red flag"
                        : screen.entries().size() + " answered yes, "
                                + screen.blocking().size() + " open");
        Details details = new Details(summary, content);
        details.setOpened(!screen.blocking().isEmpty());
        return details;
    }

    private void openDialog(VisitScreen screen) {
        new RedFlagOutcomeDialog(screen.visit(), screen.entries(), (outcome, flags, to, note) -> {
                    try {
                        show(review.recordOutcome(patient, screen.ref(), outcome, flags, to, note));
                        Notification.show(outcome.label() + ": recorded", 5000, Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    } catch (EditConflictException changed) {
                        show(review.open(patient));
                        Notification.show(
                                        "Someone corrected the intake since you opened it, so its red flags may have"
                                                + " changed. Nothing was recorded: the panel now shows the latest"
                                                + " answers.",
                                        10000,
                                        Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_WARNING);
                    }
                })
                .open();
    }

    private static String state(RedFlagLedger.Entry entry) {
        return switch (entry.state()) {
            case OPEN -> "open: no outcome yet";
            case AWAITING_RESULT ->
                "waiting for the result of: "
                        + entry.latest().orElseThrow().outcome().label();
            case SETTLED -> entry.latest().orElseThrow().outcome().label();
        };
    }

    private String outcome(RedFlagResolution outcome, StaffNames staff) {
        return outcome.outcome().label()
                + outcome.to().map(to -> " to " + to.label()).orElse("")
                + " · " + WHEN.format(outcome.at().atZone(zone)) + " · " + staff.of(outcome.by()) + ": "
                + outcome.note();
    }
}
