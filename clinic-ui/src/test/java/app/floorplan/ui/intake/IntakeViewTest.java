package app.floorplan.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.RedFlagAnswers;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.Feeding;
import app.floorplan.core.intake.HistoryAnswers;
import app.floorplan.core.intake.IntakeAnswers;
import app.floorplan.core.intake.IntakeRecords;
import app.floorplan.core.intake.ObstetricAnswers;
import app.floorplan.core.intake.PainAnswers;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.patient.PatientRegistry;
import app.floorplan.ui.patient.PatientListView;
import app.floorplan.ui.testing.UiFixtures;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@FloorPlanAppTest
class IntakeViewTest extends SpringBrowserlessTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    private PatientRegistry patients;

    @Autowired
    private IntakeRecords intakeRecords;

    @Test
    @WithUserDetails("therapist")
    void the_pt_records_a_first_intake_and_a_positive_red_flag_raises_the_banner() {
        openIntakeOf(newPatient("Dana"));
        assertThat($view(Button.class).id("save-intake").getText()).isEqualTo("Record intake");

        fillValidIntake(Set.of(RedFlag.FEVER_WITH_PELVIC_PAIN));
        assertThat($view(Div.class).id("red-flag-answered-yes").isVisible()).isTrue();
        test($view(Button.class).id("save-intake")).click();

        Div banner = $view(Div.class).id("red-flag-banner");
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getElement().getTextRecursively()).contains(RedFlag.FEVER_WITH_PELVIC_PAIN.label());
        assertThat(test($view(Grid.class).id("intake-versions")).size()).isEqualTo(1);
        assertThat($view(Button.class).id("save-intake").getText()).isEqualTo("Save correction");
    }

    @Test
    @WithUserDetails("therapist")
    void refused_answers_show_next_to_their_fields_and_everything_typed_stays() {
        PatientId patient = newPatient("Elin");
        openIntakeOf(patient);
        fillValidIntake(Set.of());
        test(integer("gravida")).setValue(1);
        test(integer("para")).setValue(2);
        test(integer("nrs-now")).setValue(11);
        test($view(DatePicker.class).id("delivery-0-date")).setValue(TODAY.plusDays(2));
        test($view(RadioButtonGroup.class).id("red-flag-" + RedFlag.SADDLE_ANAESTHESIA.name()))
                .deselectItem();

        test($view(Button.class).id("save-intake")).click();

        assertThat(integer("para").isInvalid()).isTrue();
        assertThat(integer("para").getErrorMessage()).contains("Para cannot exceed gravida");
        assertThat(integer("nrs-now").getErrorMessage()).isEqualTo("Pain must be rated from 0 to 10");
        DatePicker deliveryDate = $view(DatePicker.class).id("delivery-0-date");
        assertThat(deliveryDate.getErrorMessage()).isEqualTo("A delivery date cannot be in the future");
        RadioButtonGroup<?> saddle = $view(RadioButtonGroup.class).id("red-flag-" + RedFlag.SADDLE_ANAESTHESIA.name());
        assertThat(saddle.getErrorMessage()).isEqualTo("Answer yes or no");
        assertThat(integer("gravida").getValue()).isEqualTo(1);
        assertThat(integer("para").getValue()).isEqualTo(2);
        assertThat(integer("nrs-now").getValue()).isEqualTo(11);
        assertThat(deliveryDate.getValue()).isEqualTo(TODAY.plusDays(2));
        assertThat(integer("nrs-worst-last-week").getValue()).isEqualTo(6);
        assertThat(intakeRecords.open(patient).current()).as("nothing stored").isEmpty();

        test(integer("para")).setValue(1);
        test(integer("nrs-now")).setValue(4);
        test(deliveryDate).setValue(TODAY.minusWeeks(10));
        test(saddle).selectItem("No");
        test($view(Button.class).id("save-intake")).click();

        assertThat(integer("para").isInvalid()).isFalse();
        assertThat(intakeRecords.open(patient).revisionNumber()).contains(1);
    }

    @Test
    @WithUserDetails("therapist")
    void a_correction_needs_a_reason_and_keeps_the_first_version_in_the_history() {
        PatientId patient = newPatient("Fiona");
        openIntakeOf(patient);
        fillValidIntake(Set.of());
        test($view(Button.class).id("save-intake")).click();

        test(integer("nrs-now")).setValue(2);
        test($view(Button.class).id("save-intake")).click();

        TextArea reason = $view(TextArea.class).id("correction-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Say why this version replaces the previous one");
        assertThat(integer("nrs-now").getValue()).isEqualTo(2);

        test(reason).setValue("Pain now is 2, not 4: typo");
        test($view(Button.class).id("save-intake")).click();

        assertThat(test($view(Grid.class).id("intake-versions")).size()).isEqualTo(2);
        assertThat(intakeRecords
                        .versions(patient)
                        .versions()
                        .getFirst()
                        .revision()
                        .replaced())
                .isTrue();
        assertThat(intakeRecords
                        .open(patient)
                        .current()
                        .orElseThrow()
                        .pain()
                        .now()
                        .value())
                .isEqualTo(2);
    }

    @Test
    @WithUserDetails("therapist")
    void a_yes_to_a_blood_clot_sign_shows_what_to_do_now_before_anything_is_saved() {
        openIntakeOf(newPatient("Greta"));
        fillValidIntake(Set.of(RedFlag.BLOOD_CLOT_SIGNS));

        Div actNow = $view(Div.class).id("red-flag-answered-yes");
        assertThat(actNow.isVisible()).isTrue();
        assertThat(actNow.getElement().getTextRecursively())
                .contains("Blood clot")
                .contains("call the emergency number now and stay with her");
    }

    @Test
    @WithUserDetails("therapist")
    void an_epds_item_left_blank_is_refused_next_to_it_and_item_10_above_0_is_an_open_mood_flag() {
        PatientId patient = newPatient("Hedda");
        openIntakeOf(patient);
        fillValidIntake(Set.of());
        test($view(Checkbox.class).id("epds-done")).click();
        for (int item = 1; item <= 9; item++) {
            test(integer("epds-item-" + item)).setValue(1);
        }
        test($view(Button.class).id("save-intake")).click();

        assertThat(integer("epds-item-10").getErrorMessage()).isEqualTo("Enter the item's score, 0 to 3");
        assertThat(integer("epds-item-1").getValue()).isEqualTo(1);
        assertThat(intakeRecords.open(patient).current()).as("nothing stored").isEmpty();

        test(integer("epds-item-10")).setValue(1);
        assertThat($view(Paragraph.class).id("epds-total").getText())
                .isEqualTo("EPDS 10 of 30 (10-12: possible depression, repeat and ask more)"
                        + "; item 10 (thoughts of self-harm) scored 1");
        assertThat($view(Div.class).id("red-flag-answered-yes").getElement().getTextRecursively())
                .contains("do not leave her alone");
        test($view(Button.class).id("save-intake")).click();

        assertThat($view(Div.class).id("red-flag-banner").getElement().getTextRecursively())
                .contains(RedFlag.EPDS_SELF_HARM.label());
        assertThat(intakeRecords.open(patient).current().orElseThrow().unresolvedRedFlags())
                .containsExactly(RedFlag.EPDS_SELF_HARM);
    }

    @Test
    @WithUserDetails("therapist")
    void when_someone_else_records_first_the_typed_answers_stay_and_can_be_saved_as_a_correction() {
        PatientId patient = newPatient("Hanna");
        openIntakeOf(patient);
        fillValidIntake(Set.of());
        recordElsewhere(patient);

        test($view(Button.class).id("save-intake")).click();

        assertThat($view(Div.class).id("edit-conflict").isVisible()).isTrue();
        assertThat(integer("nrs-now").getValue()).isEqualTo(4);
        test($view(Button.class).id("save-mine-as-correction")).click();
        TextArea reason = $view(TextArea.class).id("correction-reason");
        assertThat(reason.getErrorMessage()).startsWith("Say why this version replaces the previous one");

        test(reason).setValue("My answers from today's visit replace the draft");
        test($view(Button.class).id("save-intake")).click();

        assertThat(intakeRecords.versions(patient).versions()).hasSize(2);
        assertThat(intakeRecords
                        .open(patient)
                        .current()
                        .orElseThrow()
                        .pain()
                        .now()
                        .value())
                .isEqualTo(4);
    }

    @Test
    @WithUserDetails("therapist")
    void leaving_with_unsaved_answers_asks_first_and_stays_on_the_form() {
        openIntakeOf(newPatient("Ida"));
        test(integer("gravida")).setValue(2);

        test($view(Button.class).id("back-to-patient")).click();

        assertThat(getCurrentView()).isInstanceOf(IntakeView.class);
        assertThat($(ConfirmDialog.class).single().isOpened()).isTrue();
        assertThat(integer("gravida").getValue()).isEqualTo(2);
    }

    @Test
    @WithUserDetails("therapist")
    void the_patient_page_summary_shows_weeks_postpartum_and_unresolved_red_flags_and_leads_to_the_form() {
        PatientId withoutIntake = newPatient("Jana");
        assertThat(summaryOf(withoutIntake).getElement().getTextRecursively()).contains("No intake recorded yet");
        PatientId patient = newPatient("Karin");
        openIntakeOf(patient);
        fillValidIntake(Set.of(RedFlag.TRAUMA));
        test($view(Button.class).id("save-intake")).click();
        navigate(PatientListView.class);

        IntakeSummaryPanel summary = summaryOf(patient);

        assertThat(summary.getElement().getTextRecursively())
                .contains("10 weeks postpartum")
                .contains("Emergency caesarean")
                .contains("Pain 4/10 now, worst 6/10 in the last week")
                .contains("Red flags at the intake: " + RedFlag.TRAUMA.label())
                .contains("1 open: see the Red flags tab");
        Button edit = test(summary).find(Button.class).id("open-intake");
        assertThat(edit.getText()).isEqualTo("Edit intake");
        test(edit).click();
        assertThat(getCurrentView()).isInstanceOf(IntakeView.class);
    }

    @Test
    @WithUserDetails("anna")
    void a_patient_cannot_open_an_intake() {
        catchThrowable(() -> navigate("patients/" + PatientId.random() + "/intake", IntakeView.class));

        assertThat(getCurrentView()).isNotInstanceOf(IntakeView.class);
        assertThat($(IntegerField.class).all()).isEmpty();
    }

    private PatientId newPatient(String givenName) {
        return patients.register(UiFixtures.patient(givenName, "Intake-Test", LocalDate.of(1991, 4, 2), TODAY), true);
    }

    /** The summary as the patient page embeds it, attached to the UI so its button can navigate. */
    private IntakeSummaryPanel summaryOf(PatientId patient) {
        IntakeSummaryPanel summary = new IntakeSummaryPanel(patient, intakeRecords, Clock.systemDefaultZone());
        UI.getCurrent().add(summary);
        return summary;
    }

    private void openIntakeOf(PatientId patient) {
        navigate("patients/" + patient + "/intake", IntakeView.class);
    }

    /** A complete first visit: one emergency caesarean ten weeks ago, lower back pain, every red flag answered. */
    private void fillValidIntake(Set<RedFlag> yes) {
        test(integer("gravida")).setValue(1);
        test(integer("para")).setValue(1);
        test($view(Button.class).id("add-delivery")).click();
        test($view(DatePicker.class).id("delivery-0-date")).setValue(TODAY.minusWeeks(10));
        test($view(Select.class).id("delivery-0-mode")).selectItem("Emergency caesarean");
        test($view(Select.class).id("delivery-0-trauma")).selectItem("None");
        test($view(RadioButtonGroup.class).id("feeding")).selectItem("Exclusive breastfeeding");
        test(integer("nrs-now")).setValue(4);
        test(integer("nrs-worst-last-week")).setValue(6);
        test($view(CheckboxGroup.class).id("pain-sites")).selectItem("Lower back");
        for (RedFlag flag : RedFlag.asked()) {
            test($view(RadioButtonGroup.class).id("red-flag-" + flag.name()))
                    .selectItem(yes.contains(flag) ? "Yes" : "No");
        }
    }

    /** Another PT records a (draft) intake while this PT is still typing. */
    private void recordElsewhere(PatientId patient) {
        var obstetric = new ObstetricAnswers(
                Optional.of(0), Optional.of(0), List.of(), Optional.of(Feeding.NONE), false, Optional.empty());
        var pain = new PainAnswers(Optional.of(1), Optional.of(1), Set.of(), Set.of(), Set.of(), Optional.empty());
        var history = new HistoryAnswers(false, false, false, false, "");
        var noFlags = RedFlagAnswers.noRedFlags();
        intakeRecords.record(patient, new IntakeAnswers(obstetric, pain, history, noFlags));
    }

    private IntegerField integer(String id) {
        return $view(IntegerField.class).id(id);
    }
}
