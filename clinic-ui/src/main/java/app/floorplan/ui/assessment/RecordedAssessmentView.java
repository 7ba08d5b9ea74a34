package app.floorplan.ui.assessment;

import app.floorplan.core.assessment.AssessmentId;
import app.floorplan.core.assessment.AssessmentRecords;
import app.floorplan.core.assessment.OpenedAssessment;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.validation.EditConflictException;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.ui.form.UnsavedChangesGuard;
import app.floorplan.ui.patient.PatientView;
import app.floorplan.ui.patient.RecordAddress;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A recorded assessment: its findings with their reasons, the values read-only, and a correction that creates a new
 * version with a reason. A correction that collides with another PT's keeps this PT's input and lets them choose.
 */
@Route("patients/:patientId/assessments/:assessmentId")
@PageTitle("Assessment · FloorPlan")
@RolesAllowed("PT")
public class RecordedAssessmentView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    private final AssessmentRecords records;
    private final Clock clock;
    private final H2 title = new H2();
    private final Paragraph signature = new Paragraph();
    private final Div findings = new Div();
    private final Div conflict = new Div();
    private final Div formHolder = new Div();
    private final Div versions = new Div();
    private final Button correct = new Button("Correct this assessment", e -> startCorrection());
    private final Button saveCorrection = new Button("Save correction", e -> saveCorrection());
    private final Button cancelCorrection = new Button("Cancel correction", e -> reload());
    private final UnsavedChangesGuard guard;
    // the form of the version shown: replaced by a fresh, read-only one on every load (see show)
    private AssessmentForm form;
    private PatientId patientId = PatientId.random();
    private AssessmentId assessmentId = AssessmentId.random();
    private int openedRevision;

    public RecordedAssessmentView(AssessmentRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
        this.form = new AssessmentForm(LocalDate.now(clock));
        this.guard = new UnsavedChangesGuard(() -> form.isDirty());
        setMaxWidth("60rem");
        signature.setId("assessment-signature");
        conflict.setId("edit-conflict");
        conflict.addClassName("fp-conflict");
        conflict.setVisible(false);
        formHolder.setWidthFull();
        correct.setId("correct-assessment");
        saveCorrection.setId("save-correction");
        saveCorrection.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancelCorrection.setId("cancel-correction");
        Button back = new Button("Back to patient", e -> getUI().ifPresent(
                        ui -> ui.navigate(PatientView.class, new RouteParameters("patientId", patientId.toString()))));
        back.setId("back-to-patient");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(
                title,
                signature,
                findings,
                new HorizontalLayout(correct, back),
                conflict,
                formHolder,
                new HorizontalLayout(saveCorrection, cancelCorrection),
                versions);
    }

    /** The route parameters that open an assessment. */
    static RouteParameters parameters(PatientId patient, AssessmentId assessment) {
        return new RouteParameters(
                new RouteParam("patientId", patient.toString()), new RouteParam("assessmentId", assessment.toString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        patientId = RecordAddress.patient(event);
        assessmentId = RecordAddress.assessment(event);
        show(records.open(patientId, assessmentId));
    }

    private void reload() {
        show(records.open(patientId, assessmentId));
    }

    /** Shows a version in a fresh, read-only form: nothing from an earlier state lingers. */
    private void show(OpenedAssessment opened) {
        var current = opened.current();
        openedRevision = current.revision().number();
        title.setText("Assessment of " + AssessmentText.date(current.date()) + " · "
                + opened.patient().fullName());
        signature.setText("Assessed by " + opened.therapistName() + " · version " + openedRevision
                + (current.revision().isCorrection() ? " (corrected)" : ""));
        findings.removeAll();
        findings.add(new FindingsPanel(opened.findings()));
        form = new AssessmentForm(LocalDate.now(clock));
        form.show(current, opened.patient().hadCaesarean());
        form.onFirstChange(() -> getUI().ifPresent(guard::syncBrowserPrompt));
        formHolder.removeAll();
        formHolder.add(form);
        versions.removeAll();
        versions.add(new VersionHistory(opened.versions(), clock.getZone()));
        conflict.setVisible(false);
        setCorrecting(false);
        getUI().ifPresent(guard::syncBrowserPrompt);
    }

    private void startCorrection() {
        form.startCorrection();
        setCorrecting(true);
    }

    private void setCorrecting(boolean correcting) {
        correct.setVisible(!correcting);
        saveCorrection.setVisible(correcting);
        cancelCorrection.setVisible(correcting);
    }

    private void saveCorrection() {
        form.read().ifPresent(this::saveCorrection);
    }

    private void saveCorrection(AssessmentEntry entry) {
        try {
            OpenedAssessment corrected = records.correct(
                    patientId, assessmentId, openedRevision, entry.date(), entry.sections(), entry.reason());
            form.markSaved();
            show(corrected);
        } catch (EditConflictException e) {
            showConflict();
        } catch (InvalidInputException refused) {
            form.showRefusal(refused);
        }
    }

    private void showConflict() {
        conflict.removeAll();
        Button theirs = new Button("Load the current version (discard my correction)", e -> reload());
        theirs.setId("load-their-version");
        Button overwrite = new Button("Save my correction on top of it", e -> {
            openedRevision =
                    records.open(patientId, assessmentId).current().revision().number();
            // what is in the form now, including anything typed after the conflict appeared
            saveCorrection();
        });
        overwrite.setId("save-mine-anyway");
        overwrite.addThemeVariants(ButtonVariant.LUMO_ERROR);
        conflict.add(
                new Paragraph("Someone else corrected this assessment while you were editing. Your correction is"
                        + " still in the form and has not been saved."),
                new HorizontalLayout(theirs, overwrite));
        conflict.setVisible(true);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        guard.beforeLeave(event);
    }
}
