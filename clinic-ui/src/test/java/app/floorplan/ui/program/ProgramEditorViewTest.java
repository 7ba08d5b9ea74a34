package app.floorplan.ui.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.core.exercise.ExerciseCode;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.patient.PatientList;
import app.floorplan.core.patient.PatientQuery;
import app.floorplan.core.patient.PatientRegistry;
import app.floorplan.core.program.HomePrograms;
import app.floorplan.core.program.ProgramContent;
import app.floorplan.core.program.ProgramContentDraft;
import app.floorplan.core.program.ProgramTemplate;
import app.floorplan.core.program.ProgramTemplates;
import app.floorplan.ui.patient.PatientView;
import app.floorplan.ui.testing.UiFixtures;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@FloorPlanAppTest
class ProgramEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    PatientList patientList;

    @Autowired
    PatientRegistry registry;

    @Autowired
    HomePrograms programs;

    @Autowired
    ProgramTemplates templates;

    @Test
    @WithUserDetails("therapist")
    void the_therapist_builds_annas_program_from_suggestions_prescribes_it_and_revises_it_with_a_reason() {
        navigate(programOf(demoPatient("Anna Berg")), ProgramEditorView.class);

        String suggestions = text($view(Component.class).id("suggestions"));
        assertThat(suggestions).contains("because").containsAnyOf("IRD", "Doming", "Oxford", "ASLR");
        assertThat(text($view(Component.class).id("suggestion-phase"))).contains("because");

        test($view(Button.class).id("suggestion-phase-accept")).click();
        test($view(Button.class).id("suggestion-tva-draw-in-with-breath-accept"))
                .click();
        test($view(Button.class).id("suggestion-glute-bridge-accept")).click();
        test($view(Button.class).id("suggestion-heel-slides-discard")).click();
        assertThat($view(Span.class).id("suggestion-heel-slides-status").getText())
                .isEqualTo("Discarded");
        assertThat($view(Select.class).id("program-phase").getValue()).isNotNull();

        test($view(IntegerField.class).id("program-items-0-dosage-sets")).setValue(2);
        assertThat($view(Span.class).id("program-items-0-dosage-text").getText())
                .startsWith("The patient reads: 2 sets");
        test($view(Button.class).id("save-program")).click();

        assertThat(text($view(NativeTable.class).id("program-versions"))).contains("First program");
        assertThat($view(TextArea.class).id("program-reason").isVisible()).isTrue();

        test($view(IntegerField.class).id("program-items-0-dosage-sets")).setValue(3);
        test($view(Button.class).id("save-program")).click();

        TextArea reason = $view(TextArea.class).id("program-reason");
        assertThat(reason.isInvalid()).as("a revision needs a reason").isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Say why this version replaces the previous one");
        assertThat($view(IntegerField.class).id("program-items-0-dosage-sets").getValue())
                .isEqualTo(3);

        test(reason).setValue("Holds well at re-assessment: one more set");
        test($view(Button.class).id("save-program")).click();

        String versions = text($view(NativeTable.class).id("program-versions"));
        assertThat(versions).contains("2 (current)", "Holds well at re-assessment: one more set", "Pia Therapist");
        assertThat(text($view(UnorderedList.class).id("program-diff")))
                .contains("Deep core draw-in with breath: 2 sets")
                .contains("-> 3 sets");
    }

    @Test
    @WithUserDetails("therapist")
    void a_bad_dosage_is_refused_next_to_its_field_and_everything_typed_stays() {
        navigate(programOf(newPatient("Nora")), ProgramEditorView.class);

        @SuppressWarnings("unchecked")
        ComboBox<Object> box = $view(ComboBox.class).id("add-exercise-choice");
        var choice = test(box);
        choice.setFilter("glute bridge");
        String glute = choice.getSuggestions().stream()
                .filter(label -> label.startsWith("Glute bridge"))
                .findFirst()
                .orElseThrow();
        choice.selectItem(glute);
        test($view(Button.class).id("add-exercise")).click();

        test($view(IntegerField.class).id("program-items-0-dosage-sets")).setValue(0);
        test($view(IntegerField.class).id("program-items-0-dosage-reps")).setValue(10);
        test($view(IntegerField.class).id("program-items-0-dosage-reps-high")).setValue(8);
        test($view(Button.class).id("save-program")).click();

        IntegerField sets = $view(IntegerField.class).id("program-items-0-dosage-sets");
        assertThat(sets.isInvalid()).isTrue();
        assertThat(sets.getErrorMessage()).isEqualTo("Sets must be between 1 and 20");
        assertThat(sets.getValue()).isZero();
        IntegerField reps = $view(IntegerField.class).id("program-items-0-dosage-reps");
        assertThat(reps.isInvalid()).isTrue();
        assertThat(reps.getErrorMessage()).isEqualTo("Write the smaller number first, e.g. 8-10");
        assertThat($view(IntegerField.class)
                        .id("program-items-0-dosage-reps-high")
                        .getValue())
                .isEqualTo(8);
        assertThat($view(Select.class).id("program-phase").isInvalid())
                .as("no phase chosen")
                .isTrue();
        assertThat($view(NativeTable.class).all()).as("nothing was saved").isEmpty();
    }

    @Test
    @WithUserDetails("therapist")
    void an_unresolved_red_flag_blocks_the_program_and_says_so_prominently() {
        navigate(programOf(demoPatient("Chlo")), ProgramEditorView.class);

        Div clearance = $view(Div.class).id("gate-clearance");
        assertThat(clearance.isVisible()).isTrue();
        assertThat(text(clearance)).startsWith("No exercise program can be prescribed");
    }

    @Test
    @WithUserDetails("therapist")
    void a_refused_prescription_says_why_right_above_the_save_button_not_only_at_the_top() {
        navigate(programOf(demoPatient("Chlo")), ProgramEditorView.class);
        @SuppressWarnings("unchecked")
        Select<ProgramPhase> phase = $view(Select.class).id("program-phase");
        phase.setValue(ProgramPhase.STABILITY);
        add("Glute bridge");

        test($view(Button.class).id("save-program")).click();

        Paragraph result = $view(Paragraph.class).id("save-result");
        assertThat(result.isVisible()).isTrue();
        assertThat(result.getText()).startsWith("Not saved: ").contains("Red flags");
        Component saveRow = $view(Button.class).id("save-program").getParent().orElseThrow();
        List<Component> around = saveRow.getParent().orElseThrow().getChildren().toList();
        assertThat(around.get(around.indexOf(saveRow) - 1))
                .as("right above the save button")
                .isSameAs(result);
        assertThat(programs.current(demoPatient("Chlo"))).isEmpty();
    }

    @Test
    @WithUserDetails("therapist")
    void a_revision_saved_meanwhile_by_someone_else_is_a_conflict_that_keeps_the_form() {
        PatientId bea = demoPatient("Bea");
        programs.prescribe(bea, program(10));
        navigate(programOf(bea), ProgramEditorView.class);

        test($view(IntegerField.class).id("program-items-0-dosage-reps")).setValue(12);
        test($view(TextArea.class).id("program-reason")).setValue("More reps");
        programs.revise(bea, 1, program(8), "Fewer reps after the call", false);
        test($view(Button.class).id("save-program")).click();

        assertThat($view(Div.class).id("edit-conflict").isVisible()).isTrue();
        assertThat(text($view(Div.class).id("edit-conflict"))).contains("have not been saved");
        assertThat($view(IntegerField.class).id("program-items-0-dosage-reps").getValue())
                .isEqualTo(12);
        assertThat(programs.current(bea).orElseThrow().current().number()).isEqualTo(2);

        test($view(Button.class).id("save-mine-anyway")).click();

        assertThat(programs.current(bea).orElseThrow().current().number()).isEqualTo(3);
        assertThat(text($view(NativeTable.class).id("program-versions"))).contains("More reps");
    }

    @Test
    @WithUserDetails("therapist")
    void exercises_are_reordered_and_removed_by_their_row_buttons() {
        navigate(programOf(newPatient("Olga")), ProgramEditorView.class);
        add("Glute bridge");
        add("Clamshell");

        test($view(Button.class).id("program-items-1-up")).click();

        assertThat(text($view(Component.class).id("program-items-0"))).startsWith("Clamshell");
        test($view(Button.class).id("program-items-0-remove")).click();
        assertThat(text($view(Component.class).id("program-items-0"))).startsWith("Glute bridge");
        assertThat($view(Component.class).all().stream()
                        .filter(c -> c.getId().orElse("").equals("program-items-1")))
                .isEmpty();
    }

    @Test
    @WithUserDetails("therapist")
    void the_patient_page_has_a_program_tab_that_leads_into_the_editor() {
        PatientId patient = newPatient("Pam");
        navigate("patients/" + patient, PatientView.class);
        TabSheet tabs = $view(TabSheet.class).single();
        tabs.setSelectedTab(tabLabelled("Program"));

        assertThat($view(Div.class).id("program-empty-state").isVisible()).isTrue();
        test($view(Button.class).id("open-program-editor")).click();
        assertThat(getCurrentView()).isInstanceOf(ProgramEditorView.class);
    }

    @Test
    @WithUserDetails("anna")
    void a_patient_login_cannot_open_the_program_editor() {
        catchThrowable(() -> navigate(programOf(PatientId.random()), ProgramEditorView.class));
        assertThat(getCurrentView()).isNotInstanceOf(ProgramEditorView.class);
        assertThat($(Button.class).all())
                .noneMatch(button -> "save-program".equals(button.getId().orElse("")));
    }

    @Test
    @WithUserDetails("therapist")
    void a_program_saved_as_a_template_fills_another_patients_form_and_nothing_is_saved_by_it() {
        PatientId tess = newPatient("Tess");
        navigate(programOf(tess), ProgramEditorView.class);
        @SuppressWarnings("unchecked")
        Select<ProgramPhase> phase = $view(Select.class).id("program-phase");
        phase.setValue(ProgramPhase.STABILITY);
        add("Glute bridge");
        add("Clamshell");
        test($view(IntegerField.class).id("program-items-0-dosage-sets")).setValue(2);

        test($view(Button.class).id("save-as-template")).click();
        Dialog dialog = $(Dialog.class).id("template-dialog");
        assertThat(dialog.isOpened()).isTrue();
        test($(Button.class).id("save-template")).click();
        TextField name = $(TextField.class).id("template-name");
        assertThat(name.isInvalid()).as("a template needs a name").isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Give the template a name");
        assertThat(dialog.isOpened()).isTrue();

        String templateName = "Stability basics " + UUID.randomUUID().toString().substring(0, 8);
        test(name).setValue(templateName);
        test($(Button.class).id("save-template")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(templates.list()).extracting(ProgramTemplate::name).contains(templateName);
        assertThat(programs.current(tess))
                .as("the patient's program is not saved by it")
                .isEmpty();

        PatientId uma = newPatient("Uma");
        UI.getCurrent().navigate(programOf(uma));
        test(openConfirmDialog()).confirm();
        assertThat(getCurrentView()).isInstanceOf(ProgramEditorView.class);
        add("Heel slides");

        test($view(Button.class).id("start-from-template")).click();
        @SuppressWarnings("unchecked")
        ComboBox<ProgramTemplate> choice = $(ComboBox.class).id("template-choice");
        test(choice).selectItem(templateName);
        test($(Button.class).id("load-template")).click();

        ConfirmDialog replace = openConfirmDialog();
        assertThat(replace.getId()).contains("replace-with-template");
        assertThat(text($view(Component.class).id("program-items-0")))
                .as("nothing replaced before confirming")
                .startsWith("Heel slides");
        test(replace).confirm();

        assertThat(text($view(Component.class).id("program-items-0"))).startsWith("Glute bridge");
        assertThat(text($view(Component.class).id("program-items-1"))).startsWith("Clamshell");
        assertThat($view(IntegerField.class).id("program-items-0-dosage-sets").getValue())
                .isEqualTo(2);
        @SuppressWarnings("unchecked")
        Select<ProgramPhase> umasPhase = $view(Select.class).id("program-phase");
        assertThat(umasPhase.getValue()).isEqualTo(ProgramPhase.STABILITY);
        assertThat($view(Paragraph.class).id("program-status").getText()).contains("Started from the template");
        assertThat(programs.current(uma)).as("loading a template never saves").isEmpty();
    }

    private ConfirmDialog openConfirmDialog() {
        List<ConfirmDialog> open =
                $(ConfirmDialog.class).withCondition(ConfirmDialog::isOpened).all();
        assertThat(open).as("one open confirm dialog").hasSize(1);
        return open.getFirst();
    }

    private void add(String exercise) {
        @SuppressWarnings("unchecked")
        ComboBox<Object> box = $view(ComboBox.class).id("add-exercise-choice");
        var choice = test(box);
        choice.setFilter(exercise);
        choice.selectItem(choice.getSuggestions().stream()
                .filter(label -> label.startsWith(exercise + " ·"))
                .findFirst()
                .orElseThrow());
        test($view(Button.class).id("add-exercise")).click();
    }

    private static ProgramContent program(int reps) {
        return new ProgramContentDraft()
                .phase(ProgramPhase.STABILITY)
                .addItem(
                        ExerciseId.ofBuiltIn(ExerciseCode.of("glute-bridge")),
                        Dosage.builder().reps(reps),
                        "")
                .build();
    }

    private PatientId demoPatient(String name) {
        return patientList.page(PatientQuery.text(name), 0, 5).getFirst().id();
    }

    private PatientId newPatient(String given) {
        return registry.register(
                UiFixtures.patient(given, "Programmed", LocalDate.of(1990, 2, 3), LocalDate.now()), true);
    }

    private static String programOf(PatientId patient) {
        return "patients/" + patient + "/program";
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private Tab tabLabelled(String label) {
        return $view(Tab.class).all().stream()
                .filter(tab -> tab.getLabel().equals(label))
                .findFirst()
                .orElseThrow();
    }
}
