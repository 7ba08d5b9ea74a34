package app.floorplan.ui.program;

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
import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.exercise.library.StandardExerciseLibrary;
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
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomePrograms;
import app.floorplan.core.program.ItemDecision;
import app.floorplan.core.program.ProgramContent;
import app.floorplan.core.program.ProgramContentDraft;
import app.floorplan.ui.security.FloorPlanUser;
import app.floorplan.ui.testing.UiFixtures;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Opening the program editor costs the same, bounded number of SQL statements whether the program has 30 exercises or
 * 3: exercises are resolved in memory (built-ins) and no statement is run per item.
 */
@FloorPlanAppTest
class ProgramEditorStatementsTest extends SpringBrowserlessTest {

    /*
     * Measured: 38 statements to open the editor (36 selects + the PROGRAM_VIEWED and PROGRAM_AIDS_VIEWED audit
     * inserts), for 30 exercises in 2 versions and 3 exercises in 5 versions alike. They are: the program use case
     * (patient, versions, items, audit = 4), the planning aids (patient 1, intake and assessments for suggestions and
     * clearance 3 + 11, the clinic's own exercises 1, the clinic's staff names for the status line and the history 1,
     * audit 1) and the gate check of the saved program (patient 1, intake and assessments again 3 + 11). The assessment
     * loader reads each visit's red-flag screen and its outcomes in one statement each, whatever the number of visits.
     * A statement per item or per version breaks this ceiling at once; 2 are headroom.
     */
    private static final long CEILING = 40;
    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    PatientRegistry registry;

    @Autowired
    IntakeRepository intakes;

    @Autowired
    AssessmentRepository assessments;

    @Autowired
    HomePrograms programs;

    @Test
    @WithUserDetails("therapist")
    void the_program_editor_costs_a_bounded_number_of_statements_however_many_exercises() {
        AccountId pt = ((FloorPlanUser)
                        SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .actor()
                .accountId();

        PatientId many = patientWithProgram(pt, 30, 2);
        PatientId few = patientWithProgram(pt, 3, 5);

        long withThirty = statementsToOpen(many);
        long withThree = statementsToOpen(few);

        assertThat(withThree).as("the counter sees the editor's statements").isPositive();
        assertThat(withThirty)
                .as("statements with 30 exercises in 2 versions vs 3 exercises in 5 versions")
                .isEqualTo(withThree);
        assertThat(withThirty).as("statements to open the editor").isLessThanOrEqualTo(CEILING);
    }

    private long statementsToOpen(PatientId patient) {
        StatementCounting.reset();
        navigate("patients/" + patient + "/program", ProgramEditorView.class);
        long statements = StatementCounting.statements();
        assertThat($view(ItemEditor.class).all())
                .as("the editor shows the program")
                .isNotEmpty();
        return statements;
    }

    /** A new cleared patient with an assessment and a program of {@code exercises} items in {@code versions}. */
    private PatientId patientWithProgram(AccountId pt, int exercises, int versions) {
        LocalDate born = LocalDate.of(1990, 6, 7);
        PatientId patient = registry.register(
                UiFixtures.patient(
                        "Count", "Program-" + UUID.randomUUID().toString().substring(0, 6), born, TODAY),
                true);
        intakes.add(Intake.record(
                IntakeId.random(),
                patient,
                ObstetricHistory.create(
                        1,
                        1,
                        List.of(Delivery.of(
                                TODAY.minusWeeks(40),
                                DeliveryMode.SPONTANEOUS_VAGINAL,
                                PerinealTrauma.NONE,
                                false,
                                Optional.empty())),
                        Feeding.NONE,
                        Babywearing.none(),
                        born,
                        TODAY),
                PainProfile.create(2, 3, Set.of(), Set.of(), Set.of(), Optional.empty(), TODAY),
                new RelevantHistory(false, false, false, false, Optional.empty()),
                RedFlagScreen.allNegative(),
                pt,
                Instant.now()));
        assessments.add(Assessment.record(
                AssessmentId.random(),
                patient,
                pt,
                TODAY.minusWeeks(1),
                AssessmentSections.builder()
                        .pelvicFloor(new PelvicFloorSection(
                                true,
                                Optional.of(InternalExam.of(
                                        Perfect.of(3, 6, 6, 6, true, true, false),
                                        PelvicFloorTone.NORMAL,
                                        PelvicFloorRelaxation.COMPLETE)),
                                Set.of()))
                        .diastasis(new DiastasisSection(
                                AboveUmbilicusOffset.THREE_CM,
                                BelowUmbilicusOffset.TWO_CM,
                                List.of(IrdReading.of(
                                        IrdSite.UMBILICUS, IrdCondition.REST, IrdMethod.CALIPER, new BigDecimal(18))),
                                Optional.empty(),
                                Optional.empty()))
                        .build(),
                RedFlagScreen.allNegative(),
                false,
                TODAY,
                Instant.now()));

        // the first exercises of the library the gate allows for her (at most a program's worth), each with its
        // default dosage
        List<Exercise> library = new StandardExerciseLibrary()
                .exercises().stream()
                        .filter(e -> !e.retired())
                        .limit(ProgramContent.MAX_ITEMS)
                        .toList();
        var allowed = programs.check(patient, content(library)).items().stream()
                .filter(ItemDecision::isAllowed)
                .map(ItemDecision::position)
                .map(library::get)
                .limit(exercises)
                .toList();
        assertThat(allowed).as("exercises the gate allows").hasSize(exercises);
        HomeProgram first = programs.prescribe(patient, content(allowed));
        for (int version = 2; version <= versions; version++) {
            var revised = ProgramContentDraft.of(first.current().content());
            var items = new ArrayList<>(revised.items());
            var firstItem = items.getFirst();
            Dosage dosage = first.current().content().items().getFirst().dosage();
            items.set(
                    0,
                    new ProgramContentDraft.ItemDraft(
                            firstItem.exercise(), dosage.toBuilder().sets(2), "Slowly, version " + version));
            programs.revise(patient, version - 1, revised.items(items).build(), "Re-assessed: fewer sets", false);
        }
        return patient;
    }

    private static ProgramContent content(List<Exercise> exercises) {
        var draft = new ProgramContentDraft().phase(ProgramPhase.values()[ProgramPhase.values().length - 1]);
        exercises.forEach(exercise -> draft.addItem(exercise.id(), exercise.defaultDosage().toBuilder(), ""));
        return draft.build();
    }
}
