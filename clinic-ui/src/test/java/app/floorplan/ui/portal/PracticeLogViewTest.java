package app.floorplan.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.practice.Completion;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.SymptomFlag;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@FloorPlanAppTest
class PracticeLogViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ClinicCalendar calendar;

    private PortalPatients patients;

    private PatientId patient(String username) {
        patients = new PortalPatients(context);
        PatientId patient = patients.withLogin(username);
        patients.program(patient, 3);
        return patient;
    }

    @org.junit.jupiter.api.BeforeEach
    void patientsWithAProgram() {
        patient("log-refused");
        patient("log-double-tap");
        patient("log-correction");
        patient("log-calf");
        patient("log-pain-8");
    }

    @Test
    @WithUserDetails(value = "log-refused", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void refused_answers_are_marked_next_to_their_fields_and_everything_typed_stays() {
        PatientId me = patient("log-refused");
        navigate(PracticeLogView.class);

        test($view(IntegerField.class).id("pain")).setValue(12);
        CheckboxGroup<SymptomFlag> symptoms = symptoms("session-symptoms");
        symptoms.setValue(Set.of(SymptomFlag.OTHER, SymptomFlag.LEAKING));
        test($view(Button.class).id("save-practice")).click();

        IntegerField pain = $view(IntegerField.class).id("pain");
        assertThat(pain.isInvalid()).isTrue();
        assertThat(pain.getErrorMessage()).contains("0 (none) to 10");
        assertThat(pain.getValue()).isEqualTo(12);
        RadioButtonGroup<Completion> session = session();
        assertThat(session.isInvalid()).isTrue();
        assertThat(session.getErrorMessage()).contains("how today's session went");
        TextField other = $view(TextField.class).id("session-other");
        assertThat(other.isVisible()).isTrue();
        assertThat(other.isInvalid()).isTrue();
        assertThat(symptoms("session-symptoms").getValue()).contains(SymptomFlag.LEAKING);
        assertThat($view(Button.class).id("save-practice").isEnabled()).isTrue();
        assertThat(patients.entry(me, calendar.today())).isEmpty();
    }

    @Test
    @WithUserDetails(value = "log-double-tap", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_double_tap_on_save_keeps_one_entry_for_today() {
        PatientId me = patient("log-double-tap");
        navigate(PracticeLogView.class);
        session().setValue(Completion.DONE);
        test($view(IntegerField.class).id("pain")).setValue(3);

        Button save = $view(Button.class).id("save-practice");
        test(save).click();
        test(save).click();

        PracticeDay entry = patients.entry(me, calendar.today()).orElseThrow();
        assertThat(entry.revision()).isEqualTo(1);
        assertThat(entry.session()).isEqualTo(Completion.DONE);
        assertThat($view(Paragraph.class).id("log-status").getText()).startsWith("Saved.");
    }

    @Test
    @WithUserDetails(value = "log-correction", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_form_reopens_with_todays_entry_and_saves_the_correction() {
        PatientId me = patient("log-correction");
        navigate(PracticeLogView.class);
        RadioButtonGroup<Completion> first = $view(RadioButtonGroup.class).id("exercise-0-completion");
        first.setValue(Completion.DONE);
        RadioButtonGroup<Completion> second = $view(RadioButtonGroup.class).id("exercise-1-completion");
        second.setValue(Completion.PARTLY);
        symptoms("exercise-1-symptoms").setValue(Set.of(SymptomFlag.DOMING));
        test($view(IntegerField.class).id("pain")).setValue(8);
        test($view(Button.class).id("save-practice")).click();

        navigate(PracticeLogView.class);

        assertThat($view(Paragraph.class).id("log-status").getText()).startsWith("You saved today's entry at");
        assertThat($view(IntegerField.class).id("pain").getValue()).isEqualTo(8);
        assertThat(symptoms("exercise-1-symptoms").getValue()).containsExactly(SymptomFlag.DOMING);
        assertThat($view(Button.class).id("save-practice").getText()).isEqualTo("Save changes");

        test($view(IntegerField.class).id("pain")).setValue(5);
        test($view(Button.class).id("save-practice")).click();

        PracticeDay entry = patients.entry(me, calendar.today()).orElseThrow();
        assertThat(entry.revision()).isEqualTo(2);
        assertThat(entry.pain()).hasValue(5);
        assertThat(entry.session()).isEqualTo(Completion.PARTLY);
        assertThat(entry.allSymptoms()).containsExactly(SymptomFlag.DOMING);
    }

    @Test
    @WithUserDetails(value = "log-calf", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void calf_pain_in_her_own_words_shows_the_help_card_under_the_confirmation_at_once() {
        PatientId me = patient("log-calf");
        navigate(PracticeLogView.class);
        Div card = $view(Div.class).id("help-now");
        assertThat(card.hasClassName("fp-help-now-urgent")).isFalse();
        session().setValue(Completion.DONE);
        symptoms("session-symptoms").setValue(Set.of(SymptomFlag.OTHER));
        test($view(TextField.class).id("session-other")).setValue("calf pain and swelling on one side");

        test($view(Button.class).id("save-practice")).click();

        assertThat(patients.entry(me, calendar.today())).isPresent();
        Paragraph saved = $view(Paragraph.class).id("save-result");
        assertThat(saved.getText()).startsWith("Saved.");
        PracticeLogView view = (PracticeLogView) getCurrentView();
        assertThat(view.indexOf(card)).as("right under the confirmation").isEqualTo(view.indexOf(saved) + 1);
        assertThat(card.hasClassName("fp-help-now-urgent")).isTrue();
        assertThat($view(Paragraph.class).id("help-now-lead").getText())
                .startsWith("What you wrote may describe a painful or swollen leg.");
        assertThat($view(Anchor.class).id("help-now-call").getHref()).isEqualTo("tel:112");
        assertThat(card.getElement().getTextRecursively().indexOf("Call 112 now"))
                .isLessThan(card.getElement().getTextRecursively().indexOf("Call your midwife"));
        NativeDetails descriptions = $view(NativeDetails.class).id("help-now-descriptions");
        assertThat(descriptions.isOpen())
                .as("what the signs look like, opened for her")
                .isTrue();
        assertThat($(ListItem.class, descriptions).all().stream()
                        .filter(item -> item.hasClassName("fp-described"))
                        .map(item -> item.getElement().getTextRecursively()))
                .singleElement()
                .asString()
                .startsWith("A painful or swollen leg");
    }

    @Test
    @WithUserDetails(value = "log-pain-8", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void clinic_rule_pain_8_shows_the_help_card_and_pain_7_does_not() {
        patient("log-pain-8");
        navigate(PracticeLogView.class);
        session().setValue(Completion.DONE);
        test($view(IntegerField.class).id("pain")).setValue(7);
        test($view(Button.class).id("save-practice")).click();
        assertThat($view(Div.class).id("help-now").hasClassName("fp-help-now-urgent"))
                .isFalse();

        test($view(IntegerField.class).id("pain")).setValue(8);
        test($view(Button.class).id("save-practice")).click();

        assertThat($view(Div.class).id("help-now").hasClassName("fp-help-now-urgent"))
                .isTrue();
        assertThat($view(Paragraph.class).id("help-now-lead").getText()).startsWith("You rated your pain 8 out of 10.");
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Completion> session() {
        return $view(RadioButtonGroup.class).id("session");
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<SymptomFlag> symptoms(String id) {
        return $view(CheckboxGroup.class).id(id);
    }
}
