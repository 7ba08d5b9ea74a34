package app.floorplan.ui.patient;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.patient.PatientDetails;
import app.floorplan.core.patient.PatientRegistry;
import app.floorplan.core.patient.PossibleDuplicate;
import app.floorplan.core.patient.PossibleDuplicateException;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.ui.form.ClinicDates;
import app.floorplan.ui.form.UnsavedChangesGuard;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

/** Registers a new patient; warns about a possible duplicate before saving one. */
@Route("patients/new")
@PageTitle("New patient · FloorPlan")
@RolesAllowed({"PT", "ADMIN"})
public class PatientRegistrationView extends VerticalLayout implements BeforeLeaveObserver {

    private final PatientRegistry registry;
    private final Clock clock;
    private final PatientForm form;
    private final UnsavedChangesGuard guard;

    public PatientRegistrationView(PatientRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        this.form = new PatientForm(registry.assignablePts(), LocalDate.now(clock));
        form.proposeAssignedPt(registry.proposedPt());
        this.guard = new UnsavedChangesGuard(form::isDirty);
        form.onFirstChange(() -> getUI().ifPresent(guard::syncBrowserPrompt));
        setMaxWidth("60rem");

        Button save = new Button("Register patient", e -> save(false));
        save.setId("save-patient");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> getUI().ifPresent(ui -> ui.navigate(PatientListView.class)));
        add(new H2("New patient"), form, new HorizontalLayout(save, cancel));
    }

    private void save(boolean duplicateConfirmed) {
        LocalDate today = LocalDate.now(clock);
        form.read(today).ifPresent(details -> register(details, duplicateConfirmed));
    }

    private void register(PatientDetails details, boolean duplicateConfirmed) {
        try {
            PatientId id = registry.register(details, duplicateConfirmed);
            form.markSaved();
            getUI().ifPresent(ui -> {
                guard.syncBrowserPrompt(ui);
                ui.navigate(PatientView.class, new RouteParameters("patientId", id.toString()));
            });
        } catch (PossibleDuplicateException duplicate) {
            askAboutDuplicate(details, duplicate);
        } catch (InvalidInputException refused) {
            form.showRefusal(refused);
        }
    }

    private void askAboutDuplicate(PatientDetails details, PossibleDuplicateException duplicate) {
        String existing =
                duplicate.matches().stream().map(PossibleDuplicate::fullName).collect(Collectors.joining(", "));
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("duplicate-warning");
        dialog.setHeader("This patient may already be registered");
        dialog.setText(existing + ", born " + ClinicDates.date(details.dateOfBirth())
                + ", is already a patient of your clinic"
                + (duplicate.matches().stream().anyMatch(PossibleDuplicate::archived) ? " (archived)" : "")
                + ". Register a second record anyway?");
        dialog.setCancelable(true);
        dialog.setCancelText("Go back and check");
        dialog.setConfirmText("Register anyway");
        dialog.addConfirmListener(e -> register(details, true));
        dialog.open();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        guard.beforeLeave(event);
    }
}
