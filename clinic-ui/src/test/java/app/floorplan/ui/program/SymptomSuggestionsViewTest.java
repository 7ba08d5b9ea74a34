package app.floorplan.ui.program;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.AssessmentId;
import app.floorplan.core.assessment.AssessmentRepository;
import app.floorplan.core.assessment.AssessmentSections;
import app.floorplan.core.assessment.PelvicFloorSection;
import app.floorplan.core.assessment.PelvicFloorSymptom;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.Babywearing;
import app.floorplan.core.intake.Delivery;
import app.floorplan.core.intake.DeliveryMode;
import app.floorplan.core.intake.Feeding;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.IntakeId;
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.intake.ObstetricHistory;
import app.floorplan.core.intake.PainProfile;
import app.floorplan.core.intake.PainSite;
import app.floorplan.core.intake.PerinealTrauma;
import app.floorplan.core.intake.RedFlagScreen;
import app.floorplan.core.patient.PatientList;
import app.floorplan.core.patient.PatientQuery;
import app.floorplan.core.patient.PatientRegistry;
import app.floorplan.ui.testing.UiFixtures;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The program editor for a patient whose pelvic floor symptoms were recorded without an internal exam, with pelvic
 * girdle pain and a 3b tear at her birth 12 weeks ago: referral suggestions shown first with their sources, the
 * pelvic floor training [NICE-NG210] asks for, and the gate's caution warning on a loaded carry.
 */
@FloorPlanAppTest
class SymptomSuggestionsViewTest extends SpringBrowserlessTest {

    @Autowired
    PatientRegistry registry;

    @Autowired
    PatientList patientList;

    @Autowired
    IntakeRepository intakes;

    @Autowired
    AssessmentRepository assessments;

    @Autowired
    CurrentActor currentActor;

    @Autowired
    Clock clock;

    @Test
    @WithUserDetails("therapist")
    void symptoms_bring_referral_suggestions_with_their_sources_and_a_loaded_carry_gets_a_warning_not_a_refusal() {
        PatientId patient = patientWithSymptoms();

        navigate("patients/" + patient + "/program", ProgramEditorView.class);

        assertThat(text("suggestion-referral-PROLAPSE_ASSESSMENT"))
                .contains("Prolapse assessment, including a pessary")
                .contains("urogynaecology clinic")
                .contains("[NICE-NG123] [NICE-NG210]")
                .contains("because Bulge or heaviness reported");
        assertThat(text("suggestion-referral-PERINEAL_CLINIC"))
                .contains("Review after a 3rd or 4th degree tear")
                .contains("[RCOG-GTG29] [ACSQHC-2021]")
                .contains("because Intake: 3b tear at the birth on");
        assertThat(text("suggestions")).contains("Referrals to consider", "Advice for you, not part of the program");
        assertThat(text("suggestion-pelvic-floor-endurance-holds"))
                .contains("Stress urinary incontinence reported", "[NICE-NG210]");

        test($view(Button.class).id("suggestion-phase-accept")).click();
        add("One-sided carry");
        test($view(Button.class).id("check-gate")).click();

        Span warning = $view(Span.class).id("program-items-0-warning");
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText())
                .contains("Take care: pelvic girdle pain (Intake: pain at the pubic symphysis)")
                .contains("Take care: prolapse symptoms (bulge or heaviness)")
                .contains("Take care: 3rd or 4th degree tear (Intake: 3b tear");
        assertThat($view(Span.class).withId("program-items-0-refusal").all())
                .as("a warning, not a refusal")
                .isEmpty();
        assertThat(text("gate-result"))
                .contains("The gate allows this program")
                .contains("Take care with these exercises for this patient (they can be saved; you decide)");
    }

    private PatientId patientWithSymptoms() {
        var pt = currentActor.require().accountId();
        var today = LocalDate.now(clock);
        PatientId patient = registry.register(
                UiFixtures.patient("Maja", "Symptoms", LocalDate.of(1989, 8, 9), Optional.of(pt), today), true);
        Intake annas = intakes.current(patientList
                        .page(PatientQuery.text("Anna Berg"), 0, 1)
                        .getFirst()
                        .id())
                .orElseThrow();
        var birth = new Delivery(
                today.minusWeeks(12),
                DeliveryMode.SPONTANEOUS_VAGINAL,
                PerinealTrauma.THIRD_B,
                false,
                Optional.empty());
        var pain = annas.pain();
        intakes.add(Intake.record(
                IntakeId.random(),
                patient,
                new ObstetricHistory(1, 1, List.of(birth), Feeding.EXCLUSIVE_BREASTFEEDING, Babywearing.none()),
                new PainProfile(
                        pain.now(),
                        pain.worstLastWeek(),
                        Set.of(PainSite.PUBIC_SYMPHYSIS),
                        pain.character(),
                        pain.aggravatingActivities(),
                        pain.since()),
                annas.relevantHistory(),
                annas.redFlags(),
                pt,
                clock.instant()));
        assessments.add(Assessment.record(
                AssessmentId.random(),
                patient,
                pt,
                today,
                AssessmentSections.builder()
                        .pelvicFloor(PelvicFloorSection.withoutInternalExam(
                                false,
                                Set.of(
                                        PelvicFloorSymptom.BULGE_HEAVINESS,
                                        PelvicFloorSymptom.STRESS_URINARY_INCONTINENCE)))
                        .build(),
                RedFlagScreen.allNegative(),
                false,
                today,
                clock.instant()));
        return patient;
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

    private String text(String id) {
        return $view(Component.class).id(id).getElement().getTextRecursively();
    }
}
