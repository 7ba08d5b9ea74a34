package app.floorplan.ui.intake;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.IntakeAnswers;
import app.floorplan.core.intake.IntakeRecords;
import app.floorplan.core.intake.OpenedIntake;
import app.floorplan.core.screening.RedFlagReview;
import app.floorplan.core.validation.EditConflictException;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.ui.form.UnsavedChangesGuard;
import app.floorplan.ui.patient.PatientView;
import app.floorplan.ui.patient.RecordAddress;
import app.floorplan.ui.screening.RedFlagPanel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The intake of one patient, filled by the PT during the first visit. The first save records it; every later save is
 * a correction with a reason, and the replaced version stays readable in the history. A save that collides with
 * another PT's keeps this PT's input and lets them choose: load the latest version, or save theirs as a correction of
 * it.
 */
@Route("patients/:patientId/intake")
@RolesAllowed("PT")
public class IntakeView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final IntakeRecords records;
    private final ZoneId zone;
    private final IntakeForm form = new IntakeForm();
    private final UnsavedChangesGuard guard = new UnsavedChangesGuard(form::isDirty);
    private final H2 title = new H2("Intake");
    private final Div conflict = new Div();
    private final RedFlagReview redFlagReview;
    private final Div redFlags = new Div();
    private final IntakeHistoryPanel history;
    private final Button save = new Button();
    private PatientId patientId = PatientId.random();
    private String patientName = "";
    /** The version the typed answers correct; empty while they are the first recording. */
    private Optional<Integer> correcting = Optional.empty();

    public IntakeView(IntakeRecords records, RedFlagReview redFlagReview, Clock clock) {
        this.records = records;
        this.redFlagReview = redFlagReview;
        this.zone = clock.getZone();
        redFlags.setWidthFull();
        this.history = new IntakeHistoryPanel(zone);
        setMaxWidth("60rem");
        form.onFirstChange(() -> getUI().ifPresent(guard::syncBrowserPrompt));

        conflict.setId("edit-conflict");
        conflict.addClassName("fp-conflict");
        conflict.setVisible(false);

        save.setId("save-intake");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button back = new Button("Back to patient", e -> backToPatient());
        back.setId("back-to-patient");
        add(title, redFlags, conflict, form, new HorizontalLayout(save, back), history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        patientId = RecordAddress.patient(event);
        load();
    }

    /** Shows the stored intake in the form, discarding anything typed. */
    private void load() {
        OpenedIntake latest = records.open(patientId);
        latest.current().ifPresentOrElse(form::show, form::showEmpty);
        correctTo(latest);
        conflict.setVisible(false);
        getUI().ifPresent(guard::syncBrowserPrompt);
    }

    /** From now on the typed answers correct the latest stored version (or record the first one). */
    private void correctTo(OpenedIntake latest) {
        showStored(latest);
        correcting = latest.revisionNumber();
        form.showReason(correcting.isPresent());
        save.setText(correcting.isPresent() ? "Save correction" : "Record intake");
    }

    /** Shows what is stored beside the form (red-flag status, history) without touching what was typed. */
    private void showStored(OpenedIntake latest) {
        patientName = latest.patientName();
        title.setText("Intake · " + patientName);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        redFlags.removeAll();
        redFlags.add(new RedFlagPanel(patientId, redFlagReview, zone));
        history.show(records.versions(patientId));
    }

    private void save() {
        IntakeAnswers answers = form.answers();
        try {
            Intake saved = correcting.isPresent()
                    ? records.correct(patientId, correcting.get(), answers, form.reason())
                    : records.record(patientId, answers);
            form.markSaved();
            load();
            notifySaved("Intake saved as version " + saved.revision().number());
        } catch (InvalidInputException refused) {
            form.showRefusal(refused);
        } catch (EditConflictException changed) {
            showConflict(
                    "Someone else saved this intake while you were editing. Your answers are still in the form and"
                            + " have not been saved.",
                    new Button("Save mine as a new correction", e -> saveMineAsCorrection()),
                    "save-mine-as-correction");
        }
    }

    /**
     * Makes the typed answers a correction of the latest stored version. An empty reason is refused next to the
     * reason field, so the PT says why their answers replace the other PT's.
     */
    private void saveMineAsCorrection() {
        correctTo(records.open(patientId));
        conflict.setVisible(false);
        save();
    }

    /** A conflict message with "load the latest version" and one more way out; what was typed stays in the form. */
    private void showConflict(String message, Button alternative, String alternativeId) {
        conflict.removeAll();
        Button latest = new Button("Load the latest version (discard my changes)", e -> load());
        latest.setId("load-latest-intake");
        alternative.setId(alternativeId);
        alternative.addThemeVariants(ButtonVariant.LUMO_ERROR);
        conflict.add(new Paragraph(message), new HorizontalLayout(latest, alternative));
        conflict.setVisible(true);
    }

    private static void notifySaved(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void backToPatient() {
        getUI().ifPresent(ui -> ui.navigate(PatientView.class, new RouteParameters("patientId", patientId.toString())));
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        guard.beforeLeave(event);
    }

    @Override
    public String getPageTitle() {
        return patientName.isEmpty() ? "Intake · FloorPlan" : "Intake · " + patientName + " · FloorPlan";
    }
}
