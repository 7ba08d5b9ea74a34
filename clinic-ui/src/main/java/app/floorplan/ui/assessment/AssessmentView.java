package app.floorplan.ui.assessment;

import app.floorplan.core.assessment.AssessedPatient;
import app.floorplan.core.assessment.AssessmentRecords;
import app.floorplan.core.assessment.OpenedAssessment;
import app.floorplan.core.identity.PatientId;
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
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/** Records a new assessment during a visit; once saved, the PT lands on it with its findings. */
@Route("patients/:patientId/assessments/new")
@PageTitle("New assessment · FloorPlan")
@RolesAllowed("PT")
public class AssessmentView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    private final AssessmentRecords records;
    private final Clock clock;
    private final UnsavedChangesGuard guard;
    private final H2 title = new H2("New assessment");
    private final Div formHolder = new Div();
    // the form of the patient being assessed: replaced by a fresh one whenever a patient is entered
    private AssessmentForm form;
    private PatientId patientId = PatientId.random();

    public AssessmentView(AssessmentRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
        this.form = new AssessmentForm(LocalDate.now(clock));
        this.guard = new UnsavedChangesGuard(() -> form.isDirty());
        setMaxWidth("60rem");
        formHolder.setWidthFull();

        Button save = new Button("Save assessment", e -> save());
        save.setId("save-assessment");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Back to patient", e -> backToPatient());
        cancel.setId("back-to-patient");
        add(
                title,
                new Paragraph("Open each section and mark it assessed or not assessed. A section left not assessed is"
                        + " recorded as such, never as normal."),
                formHolder,
                new HorizontalLayout(save, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        patientId = RecordAddress.patient(event);
        AssessedPatient patient = records.patient(patientId);
        title.setText("New assessment · " + patient.fullName());
        LocalDate today = LocalDate.now(clock);
        form = new AssessmentForm(today);
        form.startNew(today, patient.hadCaesarean());
        form.onFirstChange(() -> getUI().ifPresent(guard::syncBrowserPrompt));
        formHolder.removeAll();
        formHolder.add(form);
    }

    private void save() {
        form.read().ifPresent(entry -> {
            try {
                OpenedAssessment recorded = records.record(patientId, entry.date(), entry.sections(), entry.redFlags());
                form.markSaved();
                getUI().ifPresent(ui -> {
                    guard.syncBrowserPrompt(ui);
                    ui.navigate(
                            RecordedAssessmentView.class,
                            RecordedAssessmentView.parameters(
                                    patientId, recorded.current().id()));
                });
            } catch (InvalidInputException refused) {
                form.showRefusal(refused);
            }
        });
    }

    private void backToPatient() {
        getUI().ifPresent(ui -> ui.navigate(PatientView.class, new RouteParameters("patientId", patientId.toString())));
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        guard.beforeLeave(event);
    }
}
