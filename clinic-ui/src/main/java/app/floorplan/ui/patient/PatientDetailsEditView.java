package app.floorplan.ui.patient;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.patient.AssignablePt;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientDetails;
import app.floorplan.core.patient.PatientRegistry;
import app.floorplan.core.validation.EditConflictException;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.ui.form.UnsavedChangesGuard;
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
import java.util.List;

/**
 * Edits a patient's registration details. A save that collides with another PT's keeps this PT's input in the form and
 * lets them choose: load the other version, or save theirs over it knowingly.
 */
@Route("patients/:patientId/details")
@PageTitle("Edit patient · FloorPlan")
@RolesAllowed({"PT", "ADMIN"})
public class PatientDetailsEditView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    private final PatientRegistry registry;
    private final Clock clock;
    private final List<AssignablePt> pts;
    private final PatientForm form;
    private final UnsavedChangesGuard guard;
    private final Div conflict = new Div();
    private final H2 title = new H2();
    private PatientId patientId = PatientId.random();
    private long openedVersion;

    public PatientDetailsEditView(PatientRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        this.pts = registry.assignablePts();
        this.form = new PatientForm(pts, LocalDate.now(clock));
        this.guard = new UnsavedChangesGuard(form::isDirty);
        form.onFirstChange(() -> getUI().ifPresent(guard::syncBrowserPrompt));
        setMaxWidth("60rem");

        conflict.setId("edit-conflict");
        conflict.addClassName("fp-conflict");
        conflict.setVisible(false);

        Button save = new Button("Save changes", e -> save());
        save.setId("save-patient");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Back to patient", e -> backToPatient());
        add(title, conflict, form, new HorizontalLayout(save, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        patientId = RecordAddress.patient(event);
        load(registry.open(patientId));
    }

    private void load(Patient patient) {
        openedVersion = patient.version();
        title.setText("Edit " + patient.details().fullName());
        form.show(patient.details(), pts);
        conflict.setVisible(false);
    }

    private void save() {
        form.read(LocalDate.now(clock)).ifPresent(this::update);
    }

    private void update(PatientDetails details) {
        try {
            registry.update(patientId, openedVersion, details);
            form.markSaved();
            getUI().ifPresent(guard::syncBrowserPrompt);
            backToPatient();
        } catch (EditConflictException e) {
            showConflict();
        } catch (InvalidInputException refused) {
            form.showRefusal(refused);
        }
    }

    private void showConflict() {
        conflict.removeAll();
        Button theirs = new Button("Load their version (discard my changes)", e -> load(registry.open(patientId)));
        theirs.setId("load-their-version");
        Button overwrite = new Button("Save my changes over theirs", e -> {
            openedVersion = registry.open(patientId).version();
            // what is in the form now, including anything typed after the conflict appeared
            save();
        });
        overwrite.setId("save-mine-anyway");
        overwrite.addThemeVariants(ButtonVariant.LUMO_ERROR);
        conflict.add(
                new Paragraph("Someone else saved this patient while you were editing. Your changes are still in the"
                        + " form and have not been saved."),
                new HorizontalLayout(theirs, overwrite));
        conflict.setVisible(true);
    }

    private void backToPatient() {
        getUI().ifPresent(ui -> ui.navigate(PatientView.class, new RouteParameters("patientId", patientId.toString())));
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        guard.beforeLeave(event);
    }
}
