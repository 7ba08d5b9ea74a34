package app.floorplan.ui.patient;

import app.floorplan.core.assessment.Finding;
import app.floorplan.core.assessment.FindingArea;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.RedFlagConcern;
import app.floorplan.core.overview.NextStep;
import app.floorplan.core.overview.PatientOverview;
import app.floorplan.core.overview.PatientOverviews;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientDetails;
import app.floorplan.core.patient.PatientRegistry;
import app.floorplan.core.validation.EditConflictException;
import app.floorplan.ui.form.ClinicDates;
import app.floorplan.ui.security.FloorPlanUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One patient: registration details for PT and admin; for the PT also the clinical overview (weeks postpartum, red
 * flags, latest findings, next steps), the intake and the assessments.
 */
@Route("patients/:patientId")
@RolesAllowed({"PT", "ADMIN"})
public class PatientView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PatientRegistry registry;
    private final PatientOverviews overviews;
    private final List<PatientTab> clinicalTabs;
    private final List<PatientAdminSection> adminSections;
    private final Clock clock;
    private final boolean clinician;
    private String title = "Patient · FloorPlan";

    public PatientView(
            PatientRegistry registry,
            PatientOverviews overviews,
            List<PatientTab> clinicalTabs,
            List<PatientAdminSection> adminSections,
            Clock clock,
            AuthenticationContext authentication) {
        this.registry = registry;
        this.overviews = overviews;
        this.clinicalTabs = clinicalTabs.stream()
                .sorted(Comparator.comparingInt(PatientTab::order))
                .toList();
        this.adminSections = List.copyOf(adminSections);
        this.clock = clock;
        this.clinician = authentication
                .getAuthenticatedUser(FloorPlanUser.class)
                .map(u -> u.actor().is(Role.PT))
                .orElse(false);
        setMaxWidth("72rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PatientId id = RecordAddress.patient(event);
        removeAll();
        if (clinician) {
            PatientOverview overview = overviews.open(id);
            show(overview.patient());
            TabSheet tabs = new TabSheet();
            tabs.setId("patient-tabs");
            tabs.setWidthFull();
            tabs.add("Overview", overviewOf(overview)).setId(tabId("Overview"));
            // a tab's records are loaded when the PT first opens it, so the page costs only what it shows
            Map<Tab, Runnable> loaders = new HashMap<>();
            clinicalTabs.forEach(tab -> {
                Div holder = new Div();
                holder.setWidthFull();
                Tab added = tabs.add(tab.label(), holder);
                added.setId(tabId(tab.label()));
                loaders.put(added, () -> holder.add(tab.content(id)));
            });
            tabs.addSelectedChangeListener(change -> {
                Runnable load = loaders.remove(change.getSelectedTab());
                if (load != null) {
                    load.run();
                }
            });
            add(tabs);
        } else {
            show(registry.open(id));
            adminSections.forEach(section -> add(section.content(id)));
        }
    }

    /** "tab-assessments", "tab-portal-login": stable ids for tests and the load test. */
    private static String tabId(String label) {
        return "tab-" + label.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private void show(Patient patient) {
        PatientDetails d = patient.details();
        title = d.fullName() + " · FloorPlan";
        LocalDate today = LocalDate.now(clock);
        H2 name = new H2(d.fullName());
        name.setId("patient-name");
        Span born = new Span("Born " + ClinicDates.date(d.dateOfBirth()) + " ("
                + Period.between(d.dateOfBirth(), today).getYears() + " years)");
        Span contact = new Span(String.join(
                " · ",
                d.phone().orElse("no phone"),
                d.email().orElse("no e-mail"),
                "prefers " + d.preferredLanguage()));
        Button edit = new Button("Edit details", e -> getUI().ifPresent(ui -> ui.navigate(
                PatientDetailsEditView.class,
                new RouteParameters("patientId", patient.id().toString()))));
        edit.setId("edit-patient");
        Button archive = new Button(patient.archived() ? "Restore" : "Archive", e -> confirmArchive(patient));
        archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(name, edit, archive);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(name);
        VerticalLayout facts = new VerticalLayout(born, contact);
        facts.setPadding(false);
        facts.setSpacing(false);
        facts.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(header, facts);
        if (patient.archived()) {
            Div archived = new Div("Archived: this patient no longer shows in the patient list by default.");
            archived.addClassName("fp-empty-state");
            add(archived);
        }
    }

    private Component overviewOf(PatientOverview o) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("patient-overview");
        if (!o.unresolvedRedFlags().isEmpty()) {
            Div flags = new Div();
            flags.addClassName("fp-red-flag");
            flags.setId("red-flag-banner");
            flags.add(new Paragraph("Open red flags (details and outcomes on the Red flags tab): "
                    + o.unresolvedRedFlags().stream()
                            .sorted()
                            .map(RedFlag::label)
                            .reduce((a, b) -> a + "; " + b)
                            .orElse("")));
            UnorderedList actions = new UnorderedList();
            Arrays.stream(RedFlagConcern.values())
                    .filter(concern -> o.unresolvedRedFlags().stream().anyMatch(flag -> flag.concern() == concern))
                    .map(concern -> new ListItem("What to do now · " + concern.label() + ": " + concern.whatToDoNow()))
                    .forEach(actions::add);
            flags.add(actions);
            box.add(flags);
        }
        box.add(new Paragraph(o.weeksPostpartum()
                .map(w -> w.label() + " postpartum")
                .orElse(o.intakeRecorded() ? "No delivery recorded" : "No intake recorded yet")));

        box.add(new H3("Latest findings"));
        if (o.latestAssessmentDate().isEmpty()) {
            box.add(new Paragraph("No assessment yet."));
        } else {
            box.add(new Paragraph(
                    "Assessed " + ClinicDates.date(o.latestAssessmentDate().get())));
            UnorderedList findings = new UnorderedList();
            findings.setId("latest-findings");
            o.latestFindings().stream().map(Finding::reason).map(ListItem::new).forEach(findings::add);
            if (o.latestFindings().isEmpty()) {
                findings.add(new ListItem("No findings in the assessed parts."));
            }
            box.add(findings);
            if (!o.notAssessed().isEmpty()) {
                box.add(new Paragraph("Not assessed: "
                        + o.notAssessed().stream()
                                .sorted(Comparator.naturalOrder())
                                .map(FindingArea::label)
                                .reduce((a, b) -> a + ", " + b)
                                .orElse("")));
            }
        }
        box.add(new H3("Next steps"));
        UnorderedList steps = new UnorderedList();
        steps.setId("next-steps");
        o.nextSteps().stream().map(NextStep::text).map(ListItem::new).forEach(steps::add);
        if (o.nextSteps().isEmpty()) {
            steps.add(new ListItem("Nothing outstanding."));
        }
        box.add(steps);
        return box;
    }

    private void confirmArchive(Patient patient) {
        boolean archive = !patient.archived();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(archive ? "Archive " + patient.details().fullName() + "?" : "Restore this patient?");
        dialog.setText(
                archive
                        ? "The record is kept with all its history; it just leaves the default patient list."
                        : "The patient appears in the patient list again.");
        dialog.setCancelable(true);
        dialog.setConfirmText(archive ? "Archive" : "Restore");
        dialog.addConfirmListener(e -> {
            try {
                registry.setArchived(patient.id(), patient.version(), archive);
            } catch (EditConflictException changed) {
                Notification.show(
                                "Someone else changed this patient since the page opened. The page now shows the"
                                        + " current record; archive again if you still want to.",
                                8000,
                                Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
            getUI().ifPresent(ui -> ui.getPage().reload());
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
