package app.floorplan.ui.patient;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.StatementCounting;
import app.floorplan.core.assessment.AboveUmbilicusOffset;
import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.AssessmentId;
import app.floorplan.core.assessment.AssessmentRepository;
import app.floorplan.core.assessment.AssessmentSections;
import app.floorplan.core.assessment.BelowUmbilicusOffset;
import app.floorplan.core.assessment.DiastasisSection;
import app.floorplan.core.assessment.InternalExam;
import app.floorplan.core.assessment.IrdCondition;
import app.floorplan.core.assessment.IrdMethod;
import app.floorplan.core.assessment.IrdReading;
import app.floorplan.core.assessment.IrdSite;
import app.floorplan.core.assessment.PelvicFloorRelaxation;
import app.floorplan.core.assessment.PelvicFloorSection;
import app.floorplan.core.assessment.PelvicFloorTone;
import app.floorplan.core.assessment.Perfect;
import app.floorplan.core.identity.AccountId;
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
import app.floorplan.core.intake.PerinealTrauma;
import app.floorplan.core.intake.RedFlagScreen;
import app.floorplan.core.intake.RelevantHistory;
import app.floorplan.core.patient.PatientRegistry;
import app.floorplan.ui.security.FloorPlanUser;
import app.floorplan.ui.testing.UiFixtures;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The patient page (overview, intake and assessments tabs) costs the same, bounded number of SQL statements whether
 * the patient has one assessment or ten: no statement per assessment or per delivery.
 */
@FloorPlanAppTest
class PatientPageStatementsTest extends SpringBrowserlessTest {

    // what the overview needs today (patient, intake, assessments with their red-flag screens and outcomes, the current
    // program for the next step, the clinic's diastasis limits, audit) with a little room; a per-row query breaks it
    private static final long CEILING = 20;
    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    PatientRegistry registry;

    @Autowired
    IntakeRepository intakes;

    @Autowired
    AssessmentRepository assessments;

    @Test
    @WithUserDetails("therapist")
    void the_patient_page_costs_a_bounded_number_of_statements_however_many_assessments() {
        AccountId pt = ((FloorPlanUser)
                        SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .actor()
                .accountId();
        LocalDate born = LocalDate.of(1991, 4, 5);
        PatientId patient = registry.register(
                UiFixtures.patient(
                        "Count", "Statements-" + UUID.randomUUID().toString().substring(0, 6), born, TODAY),
                true);
        intakes.add(Intake.record(
                IntakeId.random(),
                patient,
                ObstetricHistory.create(
                        3,
                        3,
                        List.of(delivery(200), delivery(120), delivery(12)),
                        Feeding.PARTIAL,
                        Babywearing.none(),
                        born,
                        TODAY),
                PainProfile.create(3, 5, Set.of(), Set.of(), Set.of(), Optional.empty(), TODAY),
                new RelevantHistory(false, false, false, false, Optional.empty()),
                RedFlagScreen.allNegative(),
                pt,
                Instant.now()));
        addAssessment(patient, pt, 10);

        long withOne = statementsToOpen(patient);
        for (int weeksAgo = 1; weeksAgo < 10; weeksAgo++) {
            addAssessment(patient, pt, weeksAgo);
        }
        long withTen = statementsToOpen(patient);

        assertThat(withOne).as("the counter sees the page's statements").isPositive();
        assertThat(withTen).as("statements with 10 assessments vs 1").isEqualTo(withOne);
        assertThat(withTen).isLessThanOrEqualTo(CEILING);
    }

    private long statementsToOpen(PatientId patient) {
        StatementCounting.reset();
        navigate("patients/" + patient, PatientView.class);
        return StatementCounting.statements();
    }

    @Test
    @WithUserDetails("therapist")
    void each_tab_loads_its_records_only_when_opened() {
        PatientId anna = registry.register(UiFixtures.patient("Tab", "Loader", LocalDate.of(1990, 1, 1), TODAY), true);
        navigate("patients/" + anna, PatientView.class);
        var tabs = $view(com.vaadin.flow.component.tabs.TabSheet.class).single();

        var assessments = $view(com.vaadin.flow.component.tabs.Tab.class).all().stream()
                .filter(tab -> tab.getLabel().equals("Assessments"))
                .findFirst()
                .orElseThrow();
        StatementCounting.reset();
        tabs.setSelectedTab(assessments);
        long assessmentsTab = StatementCounting.statements();
        StatementCounting.reset();
        tabs.setSelectedIndex(0);
        tabs.setSelectedTab(assessments);

        assertThat(assessmentsTab)
                .as("first opening of the Assessments tab reads its records")
                .isPositive();
        assertThat(StatementCounting.statements())
                .as("re-opening the tab reads nothing again")
                .isZero();
    }

    private void addAssessment(PatientId patient, AccountId pt, int weeksAgo) {
        LocalDate visit = TODAY.minusWeeks(weeksAgo);
        assessments.add(Assessment.record(
                AssessmentId.random(),
                patient,
                pt,
                visit,
                AssessmentSections.builder()
                        .pelvicFloor(new PelvicFloorSection(
                                true,
                                Optional.of(InternalExam.of(
                                        Perfect.of(2, 5, 5, 5, true, true, false),
                                        PelvicFloorTone.NORMAL,
                                        PelvicFloorRelaxation.COMPLETE)),
                                Set.of()))
                        .diastasis(new DiastasisSection(
                                AboveUmbilicusOffset.THREE_CM,
                                BelowUmbilicusOffset.TWO_CM,
                                List.of(IrdReading.of(
                                        IrdSite.UMBILICUS,
                                        IrdCondition.REST,
                                        IrdMethod.CALIPER,
                                        new BigDecimal(20 + weeksAgo))),
                                Optional.empty(),
                                Optional.empty()))
                        .build(),
                RedFlagScreen.allNegative(),
                false,
                TODAY,
                Instant.now()));
    }

    private static Delivery delivery(int weeksAgo) {
        return Delivery.of(
                TODAY.minusWeeks(weeksAgo),
                DeliveryMode.SPONTANEOUS_VAGINAL,
                PerinealTrauma.NONE,
                false,
                Optional.empty());
    }
}
