package app.floorplan.ui.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.patient.AssignablePt;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientDetails;
import app.floorplan.core.patient.PatientList;
import app.floorplan.core.patient.PatientListItem;
import app.floorplan.core.patient.PatientQuery;
import app.floorplan.core.patient.PatientRegistry;
import app.floorplan.ui.intake.IntakeView;
import app.floorplan.ui.testing.UiFixtures;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePickerTester;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The registration and edit forms of a patient as a PT (and the admin) use them, through the real use cases. */
@FloorPlanAppTest
class PatientFormViewsTest extends SpringBrowserlessTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    PatientRegistry registry;

    @Autowired
    PatientList patientList;

    @Test
    @WithUserDetails("therapist")
    void refused_fields_show_their_message_next_to_them_and_every_typed_value_stays() {
        String family = unique("Refused");
        LocalDate tomorrow = TODAY.plusDays(1);
        navigate(PatientRegistrationView.class);

        test(text("familyName")).setValue(family);
        // the picker's max is today, which a browser does not stop a person from typing past: send it as typed
        new TypedDatePicker(date("dateOfBirth")).type(tomorrow);
        test(text("phone")).setValue("+46 70 555 01 02");
        test(email()).setValue("anna.example.org");
        test($view(TextArea.class).id("notes")).setValue("Prefers morning appointments");
        test($view(Button.class).id("save-patient")).click();

        assertThat(getCurrentView()).isInstanceOf(PatientRegistrationView.class);
        assertThat(text("givenName").isInvalid()).isTrue();
        assertThat(text("givenName").getErrorMessage()).isEqualTo("Enter the given name");
        assertThat(date("dateOfBirth").isInvalid()).isTrue();
        assertThat(date("dateOfBirth").getErrorMessage()).isEqualTo("Date of birth cannot be in the future");
        assertThat(email().isInvalid()).isTrue();
        assertThat(email().getErrorMessage()).isEqualTo("Enter an e-mail address like name@example.org");
        assertThat(text("familyName").isInvalid())
                .as("an accepted field is not marked")
                .isFalse();
        assertThat(text("phone").isInvalid()).isFalse();

        assertThat(text("givenName").getValue()).isEmpty();
        assertThat(text("familyName").getValue()).isEqualTo(family);
        assertThat(date("dateOfBirth").getValue()).isEqualTo(tomorrow);
        assertThat(text("phone").getValue()).isEqualTo("+46 70 555 01 02");
        assertThat(email().getValue()).isEqualTo("anna.example.org");
        assertThat($view(TextArea.class).id("notes").getValue()).isEqualTo("Prefers morning appointments");
        assertThat(patientList.anyMatch(PatientQuery.text(family)))
                .as("nothing registered")
                .isFalse();
    }

    @Test
    @WithUserDetails("therapist")
    void a_patient_registered_with_the_forms_defaults_is_assigned_to_the_registering_pt() {
        String family = unique("Defaults");
        navigate(PatientRegistrationView.class);
        @SuppressWarnings("unchecked")
        ComboBox<AssignablePt> assigned = $view(ComboBox.class).id("assignedPt");
        assertThat(assigned.getValue()).as("proposed, and the PT may change it").isNotNull();
        assertThat(assigned.getValue().id()).isEqualTo(registry.proposedPt().orElseThrow());

        test(text("givenName")).setValue("Dora");
        test(text("familyName")).setValue(family);
        test(date("dateOfBirth")).setValue(LocalDate.of(1991, 5, 2));
        test($view(Button.class).id("save-patient")).click();

        assertThat(getCurrentView()).isInstanceOf(PatientView.class);
        PatientId dora =
                patientList.page(PatientQuery.text(family), 0, 10).getFirst().id();
        assertThat(registry.open(dora).details().assignedPt()).isEqualTo(registry.proposedPt());
    }

    @Test
    @WithUserDetails("therapist")
    void a_possible_duplicate_is_only_registered_after_the_pt_confirms_it() {
        LocalDate annasBirthday = annaBergs().getFirst().dateOfBirth();
        int annasBefore = annaBergs().size();
        navigate(PatientRegistrationView.class);
        test(text("givenName")).setValue("Anna");
        test(text("familyName")).setValue("Berg");
        test(date("dateOfBirth")).setValue(annasBirthday);

        test($view(Button.class).id("save-patient")).click();

        ConfirmDialog warning = openDialog();
        assertThat(warning.getId()).contains("duplicate-warning");
        assertThat(test(warning).getText()).contains("Anna Berg").contains("Register a second record anyway?");
        assertThat(annaBergs()).as("nothing saved while the PT decides").hasSize(annasBefore);
        assertThat(getCurrentView()).isInstanceOf(PatientRegistrationView.class);

        test(warning).cancel();

        assertThat(openDialogs()).isEmpty();
        assertThat(annaBergs()).as("nothing saved after going back to check").hasSize(annasBefore);
        assertThat(getCurrentView()).isInstanceOf(PatientRegistrationView.class);
        assertThat(text("givenName").getValue()).isEqualTo("Anna");
        assertThat(date("dateOfBirth").getValue()).isEqualTo(annasBirthday);

        test($view(Button.class).id("save-patient")).click();
        test(openDialog()).confirm();

        assertThat(getCurrentView()).isInstanceOf(PatientView.class);
        assertThat($view(H2.class).id("patient-name").getText()).isEqualTo("Anna Berg");
        List<PatientListItem> after = annaBergs();
        assertThat(after).hasSize(annasBefore + 1);
        assertThat(after).allMatch(p -> p.dateOfBirth().equals(annasBirthday));
        // keep the demo clinic's default list tidy for other tests: the second record leaves it, nothing is deleted
        PatientId second =
                PatientId.of(UI.getCurrent().getActiveViewLocation().getPath().substring("patients/".length()));
        registry.setArchived(second, registry.open(second).version(), true);
    }

    @Test
    @WithUserDetails("therapist")
    void when_another_pt_saved_first_the_typed_change_stays_and_can_be_saved_over_theirs() {
        PatientId patient = newPatient(unique("Conflict"));
        navigate("patients/" + patient + "/details", PatientDetailsEditView.class);
        test(text("phone")).setValue("+46 70 999 88 77");

        Patient opened = registry.open(patient);
        registry.update(patient, opened.version(), withNotes(opened.details(), "Changed by the other PT"));
        test($view(Button.class).id("save-patient")).click();

        Div conflict = $view(Div.class).id("edit-conflict");
        assertThat(conflict.isVisible()).isTrue();
        assertThat(conflict.getElement().getTextRecursively()).contains("Someone else saved this patient");
        assertThat(getCurrentView()).isInstanceOf(PatientDetailsEditView.class);
        assertThat(text("phone").getValue()).isEqualTo("+46 70 999 88 77");
        assertThat(registry.open(patient).details().phone())
                .as("mine not saved yet")
                .isEmpty();

        // typing goes on after the banner appeared: that is saved too
        test($view(EmailField.class).id("email")).setValue("conflict@example.org");
        Button mine = $view(Button.class).id("save-mine-anyway");
        assertThat(mine.getText()).isEqualTo("Save my changes over theirs");
        test(mine).click();

        assertThat(getCurrentView()).isInstanceOf(PatientView.class);
        Patient saved = registry.open(patient);
        assertThat(saved.details().phone()).contains("+46 70 999 88 77");
        assertThat(saved.details().email()).contains("conflict@example.org");
        assertThat(saved.details().notes()).as("theirs knowingly overwritten").isEmpty();
        assertThat(saved.version()).isEqualTo(opened.version() + 2);
    }

    @Test
    @WithUserDetails("therapist")
    void leaving_the_registration_with_unsaved_changes_asks_first_and_stays() {
        navigate(PatientRegistrationView.class);
        test(text("givenName")).setValue("Unsaved");

        UI.getCurrent().navigate(PatientListView.class);

        assertThat(getCurrentView()).isInstanceOf(PatientRegistrationView.class);
        ConfirmDialog ask = openDialog();
        assertThat(test(ask).getHeader()).isEqualTo("Leave without saving?");
        assertThat(text("givenName").getValue()).isEqualTo("Unsaved");

        test(ask).confirm();

        assertThat(getCurrentView()).as("leaving after confirming").isInstanceOf(PatientListView.class);
    }

    @Test
    @WithUserDetails("therapist")
    void leaving_an_untouched_registration_does_not_ask() {
        navigate(PatientRegistrationView.class);

        UI.getCurrent().navigate(PatientListView.class);

        assertThat(getCurrentView()).isInstanceOf(PatientListView.class);
        assertThat(openDialogs()).isEmpty();
    }

    @Test
    @WithUserDetails("therapist")
    void the_pt_sees_the_clinical_tabs_on_the_patient_page() {
        PatientId anna = annaBergs().getFirst().id();

        navigate("patients/" + anna, PatientView.class);

        // other clinical features may add tabs of their own after these
        assertThat(tabLabels()).startsWith("Overview", "Red flags", "Intake", "Assessments");
        assertThat($view(VerticalLayout.class).withId("patient-overview").exists())
                .isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void the_admin_sees_a_patients_details_but_no_clinical_data() {
        PatientId anna = annaBergs().getFirst().id();

        navigate("patients/" + anna, PatientView.class);

        assertThat($view(H2.class).id("patient-name").getText()).isEqualTo("Anna Berg");
        assertThat(tabLabels()).doesNotContain("Intake", "Assessments");
        assertThat($view(VerticalLayout.class).withId("patient-overview").exists())
                .as("no clinical overview")
                .isFalse();

        catchThrowable(() -> navigate("patients/" + anna + "/intake", IntakeView.class));

        assertThat(getCurrentView()).isNotInstanceOf(IntakeView.class);
        assertThat($(IntegerField.class).withId("gravida").exists()).isFalse();
    }

    private List<String> tabLabels() {
        return $(Tab.class).all().stream()
                .map(tab -> tab.getElement().getTextRecursively().strip())
                .toList();
    }

    /** The clinic's patients named exactly Anna Berg (the demo patient, plus any second record a test confirmed). */
    private List<PatientListItem> annaBergs() {
        List<PatientListItem> annas = patientList.page(PatientQuery.text("Anna Berg"), 0, 200).stream()
                .filter(p -> p.fullName().equals("Anna Berg"))
                .toList();
        assertThat(annas).as("the demo patient Anna Berg").isNotEmpty();
        return annas;
    }

    private PatientId newPatient(String familyName) {
        return registry.register(UiFixtures.patient("Edda", familyName, LocalDate.of(1990, 6, 1), TODAY), true);
    }

    private static PatientDetails withNotes(PatientDetails d, String notes) {
        return PatientDetails.of(
                d.givenName(),
                d.familyName(),
                d.dateOfBirth(),
                d.phone().orElse(""),
                d.email().orElse(""),
                d.preferredLanguage(),
                d.assignedPt(),
                notes,
                TODAY);
    }

    private ConfirmDialog openDialog() {
        List<ConfirmDialog> open = openDialogs();
        assertThat(open).as("one open confirm dialog").hasSize(1);
        return open.getFirst();
    }

    private List<ConfirmDialog> openDialogs() {
        return $(ConfirmDialog.class).withCondition(ConfirmDialog::isOpened).all();
    }

    private TextField text(String id) {
        return $view(TextField.class).id(id);
    }

    private EmailField email() {
        return $view(EmailField.class).id("email");
    }

    private DatePicker date(String id) {
        return $view(DatePicker.class).id(id);
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Types a date as a person would: the stock tester refuses dates outside min/max, but the browser sends them and
     * the form must explain the refusal.
     */
    private static final class TypedDatePicker extends DatePickerTester<DatePicker> {

        TypedDatePicker(DatePicker picker) {
            super(picker);
        }

        void type(LocalDate date) {
            ensureComponentIsUsable();
            setValueAsUser(date);
        }
    }
}
