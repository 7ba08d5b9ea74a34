package app.floorplan.ui.intake;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.IntakeRecords;
import app.floorplan.core.intake.ObstetricHistory;
import app.floorplan.core.intake.OpenedIntake;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Read-only summary of a patient's current intake for the patient page: weeks postpartum, deliveries, pain and the
 * red-flag status, with unresolved red flags first and prominent. Its button leads to the intake form.
 */
public class IntakeSummaryPanel extends VerticalLayout {

    public IntakeSummaryPanel(PatientId patientId, IntakeRecords intakeRecords, Clock clock) {
        setId("intake-summary");
        setPadding(false);
        OpenedIntake opened = intakeRecords.open(patientId);
        opened.current().ifPresent(intake -> add(redFlags(intake)));
        opened.current()
                .ifPresentOrElse(
                        intake -> summarise(intake, opened, clock),
                        () -> add(new Paragraph("No intake recorded yet. Record obstetric history, pain and the"
                                + " red-flag screen before assessing or prescribing.")));

        Button open = new Button(opened.current().isPresent() ? "Edit intake" : "Record intake");
        open.setId("open-intake");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(IntakeView.class, new RouteParameters("patientId", patientId.toString()))));
        add(open);
    }

    /** The intake's own screen in a line; the Red flags tab holds every visit's screen and the outcomes. */
    private static Paragraph redFlags(Intake intake) {
        var screen = intake.redFlags();
        var open = intake.unresolvedRedFlags();
        Paragraph line = new Paragraph(
                screen.anyPositive()
                        ? "Red flags at the intake: " + IntakeText.flags(screen.positives())
                                + (open.isEmpty()
                                        ? " (each has an outcome)"
                                        : " (" + open.size() + " open: see the Red flags tab)")
                        : "Red-flag screen at the intake: every question answered no.");
        line.setId("intake-summary-red-flags");
        if (!open.isEmpty()) {
            line.addClassName("fp-red-flag");
        }
        return line;
    }

    private void summarise(Intake intake, OpenedIntake opened, Clock clock) {
        ObstetricHistory obstetric = intake.obstetricHistory();
        LocalDate today = LocalDate.now(clock);
        Paragraph postpartum = new Paragraph(obstetric
                .weeksPostpartum(today)
                .map(weeks -> weeks.label() + " postpartum")
                .orElse("No delivery recorded"));
        postpartum.setId("intake-summary-postpartum");
        postpartum.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        add(postpartum, new Paragraph(IntakeText.obstetric(obstetric)));

        if (!obstetric.deliveries().isEmpty()) {
            UnorderedList deliveries = new UnorderedList();
            deliveries.setId("intake-summary-deliveries");
            obstetric.deliveries().stream()
                    .map(IntakeText::delivery)
                    .map(ListItem::new)
                    .forEach(deliveries::add);
            add(new H4("Deliveries"), deliveries);
        }

        UnorderedList pain = new UnorderedList(new ListItem(IntakeText.painLevels(intake.pain())));
        pain.setId("intake-summary-pain");
        IntakeText.painDetails(intake.pain()).stream().map(ListItem::new).forEach(pain::add);
        add(new H4("Pain"), pain, new Paragraph(IntakeText.relevantHistory(intake.relevantHistory())));

        Paragraph signature = new Paragraph(IntakeText.signature(intake, opened.staff(), clock.getZone())
                + intake.revision()
                        .reason()
                        .map(reason -> " · corrected: " + reason)
                        .orElse(""));
        signature.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        add(signature);
    }
}
