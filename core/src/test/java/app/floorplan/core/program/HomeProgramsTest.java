package app.floorplan.core.program;

import static app.floorplan.core.program.ProgramFixtures.BREATHING;
import static app.floorplan.core.program.ProgramFixtures.HEEL_SLIDES;
import static app.floorplan.core.program.ProgramFixtures.NOW;
import static app.floorplan.core.program.ProgramFixtures.PATIENT;
import static app.floorplan.core.program.ProgramFixtures.TODAY;
import static app.floorplan.core.program.ProgramFixtures.WALL_BUG_PRESS;
import static app.floorplan.core.program.ProgramFixtures.WALL_BUG_PRESS_TABLETOP;
import static app.floorplan.core.program.ProgramFixtures.content;
import static app.floorplan.core.program.ProgramFixtures.draft;
import static app.floorplan.core.program.ProgramFixtures.intake;
import static app.floorplan.core.testing.Refusals.refusals;
import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.AssessmentRepository;
import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditEvent;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseDraft;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.exercise.library.StandardExerciseLibrary;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientDetails;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.testing.PortFake;
import app.floorplan.core.validation.EditConflictException;
import app.floorplan.core.validation.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HomeProgramsTest {

    private final ClinicId ourClinic = ClinicId.random();
    private final InMemoryHomePrograms programs = new InMemoryHomePrograms();
    private final Map<PatientId, Patient> patientsById = new HashMap<>();
    private final Map<PatientId, Intake> intakes = new HashMap<>();
    private final List<Assessment> assessments = new ArrayList<>();
    private final Map<ExerciseId, Exercise> clinicExercises = new HashMap<>();
    private final Actor pia = staff(Role.PT, ourClinic);
    private final Actor paul = staff(Role.PT, ourClinic);
    private Actor actor = pia;
    private final List<AuditEvent> audit = new ArrayList<>();

    private final HomePrograms homePrograms = new HomePrograms(
            programs,
            PortFake.of(
                    PatientRepository.class,
                    Map.of("findById", args -> Optional.ofNullable(patientsById.get((PatientId) args[0])))),
            PortFake.of(
                    IntakeRepository.class,
                    Map.of("current", args -> Optional.ofNullable(intakes.get((PatientId) args[0])))),
            PortFake.of(AssessmentRepository.class, Map.of("currentFor", args -> List.copyOf(assessments))),
            (clinic, id) -> ProgramFixtures.LIBRARY.find(id).or(() -> Optional.ofNullable(clinicExercises.get(id))
                    .filter(e -> e.isVisibleTo(clinic))),
            () -> actor,
            new AuditTrail(audit::add, Clock.fixed(NOW, ZoneOffset.UTC)),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private final ProgramContent phaseOne = content(ProgramPhase.BREATH_AND_CONNECTION, BREATHING, HEEL_SLIDES);
    private final ProgramContent phaseTwo =
            content(ProgramPhase.STABILITY, BREATHING, HEEL_SLIDES, WALL_BUG_PRESS_TABLETOP);

    @BeforeEach
    void aPatientOfOurClinicWithAnIntake() {
        patient(PATIENT, ourClinic);
        intakes.put(PATIENT, intake().build());
    }

    @Test
    void a_pt_prescribes_the_first_program_signed_by_herself() {
        var program = homePrograms.prescribe(PATIENT, phaseOne);

        assertThat(program.current().number()).isEqualTo(1);
        assertThat(program.current().author()).isEqualTo(pia.accountId());
        assertThat(program.current().createdAt()).isEqualTo(NOW);
        assertThat(homePrograms.current(PATIENT)).contains(program);
    }

    @Test
    void prescribing_revising_and_reading_are_audited_with_the_program_as_record() {
        assertThat(homePrograms.current(PATIENT)).isEmpty();
        var program = homePrograms.prescribe(PATIENT, phaseOne);
        actor = paul;
        homePrograms.revise(PATIENT, 1, phaseTwo, "No doming at re-assessment", false);
        homePrograms.current(PATIENT);

        assertThat(audit)
                .extracting(AuditEvent::action)
                .containsExactly(
                        AuditAction.PROGRAM_VIEWED,
                        AuditAction.PROGRAM_PRESCRIBED,
                        AuditAction.PROGRAM_REVISED,
                        AuditAction.PROGRAM_VIEWED);
        assertThat(audit).allSatisfy(event -> assertThat(event.patient()).contains(PATIENT));
        assertThat(audit.getFirst().record()).isEmpty();
        assertThat(audit.subList(1, 4)).allSatisfy(event -> assertThat(event.record())
                .contains(program.id().value()));
        assertThat(audit.get(1).actor()).contains(pia.accountId());
        assertThat(audit.get(2).actor()).contains(paul.accountId());
    }

    @Test
    void refused_and_conflicting_changes_are_not_audited() {
        homePrograms.prescribe(PATIENT, phaseOne);
        homePrograms.revise(PATIENT, 1, phaseTwo, "Progress", false);
        audit.clear();

        assertThatThrownBy(() -> homePrograms.revise(PATIENT, 1, phaseOne, "Regress", false))
                .isInstanceOf(EditConflictException.class);
        assertThatThrownBy(() -> homePrograms.prescribe(PATIENT, phaseTwo)).isInstanceOf(EditConflictException.class);
        actor = staff(Role.PT, ClinicId.random());
        assertThatThrownBy(() -> homePrograms.current(PATIENT)).isInstanceOf(AccessRefusedException.class);

        assertThat(audit).isEmpty();
    }

    @Test
    void a_pt_revises_the_program_and_every_version_is_kept() {
        homePrograms.prescribe(PATIENT, phaseOne);
        actor = paul;

        var revised = homePrograms.revise(PATIENT, 1, phaseTwo, "No doming at re-assessment", true);

        assertThat(revised.versions()).extracting(HomeProgramVersion::number).containsExactly(1, 2);
        assertThat(revised.current().author()).isEqualTo(paul.accountId());
        assertThat(revised.current().reasonForPatient()).contains("No doming at re-assessment");
        assertThat(programs.current(PATIENT)).contains(revised);
    }

    @Test
    void
            a_phase_2_program_stored_with_the_wall_bug_press_before_it_kept_both_feet_down_is_read_and_revised_as_it_was() {
        // A version saved before the wall bug press became the feet-down phase 1 exercise: same built-in id, same
        // dosage, in a phase 2 program (an item may come from an earlier phase).
        var stored = content(ProgramPhase.STABILITY, BREATHING, WALL_BUG_PRESS);
        programs.add(HomeProgram.start(HomeProgramId.random(), PATIENT, stored, pia.accountId(), NOW)
                .current());

        assertThat(homePrograms.current(PATIENT).orElseThrow().current().content())
                .isEqualTo(stored);
        assertThat(homePrograms.check(PATIENT, stored).isAllowed()).isTrue();
        var revised = homePrograms.revise(
                PATIENT,
                1,
                content(ProgramPhase.STABILITY, BREATHING, WALL_BUG_PRESS, HEEL_SLIDES),
                "Heel slides",
                false);
        assertThat(revised.current().content().items())
                .extracting(ProgramItem::exercise)
                .contains(ExerciseId.ofBuiltIn(StandardExerciseLibrary.WALL_BUG_PRESS));
    }

    @Test
    void nothing_is_prescribed_while_a_red_flag_is_unresolved() {
        intakes.put(PATIENT, intake().redFlags(RedFlag.SADDLE_ANAESTHESIA).build());

        assertThat(refusedFields(() -> homePrograms.prescribe(PATIENT, phaseOne)))
                .containsExactly("program");
        assertThat(programs.current(PATIENT)).isEmpty();
    }

    @Test
    void nothing_is_prescribed_before_the_intake() {
        intakes.clear();

        assertThat(refusals(() -> homePrograms.prescribe(PATIENT, phaseOne)))
                .extracting(Violation::message)
                .containsExactly(
                        "No intake is recorded: record the intake with its red-flag screen before prescribing exercise");
    }

    @Test
    void loaded_work_in_the_early_weeks_after_a_caesarean_is_refused_and_nothing_is_saved() {
        intakes.put(PATIENT, intake().caesareanDaysAgo(20).build());

        assertThat(refusedFields(() -> homePrograms.prescribe(PATIENT, phaseTwo)))
                .containsExactly("program.items[2]");
        assertThat(homePrograms.check(PATIENT, phaseTwo).isAllowed()).isFalse();
        assertThat(programs.current(PATIENT)).isEmpty();
    }

    @Test
    void an_exercise_outside_the_clinics_library_is_refused() {
        var otherClinics = ownExercise(ClinicId.random(), false);
        var content = draft(ProgramPhase.STABILITY, BREATHING)
                .addItem(otherClinics.id(), Dosage.builder().reps(10), "")
                .build();

        assertThat(refusedFields(() -> homePrograms.prescribe(PATIENT, content)))
                .containsExactly("program.items[1].exercise");
    }

    @Test
    void a_retired_exercise_may_stay_in_the_program_but_not_be_added() {
        var retired = ownExercise(ourClinic, false);
        var withRetired = draft(ProgramPhase.STABILITY, BREATHING)
                .addItem(retired.id(), Dosage.builder().reps(10), "")
                .build();
        homePrograms.prescribe(PATIENT, withRetired);
        clinicExercises.put(retired.id(), retired.retire());

        var kept = ProgramContentDraft.of(withRetired)
                .phase(ProgramPhase.DYNAMIC_CONTROL)
                .build();
        assertThat(homePrograms
                        .revise(PATIENT, 1, kept, "Progress", false)
                        .current()
                        .content())
                .isEqualTo(kept);

        var newlyRetired = ownExercise(ourClinic, true);
        var added = ProgramContentDraft.of(kept)
                .addItem(newlyRetired.id(), Dosage.builder().reps(10), "")
                .build();
        assertThat(refusedFields(() -> homePrograms.revise(PATIENT, 2, added, "More", false)))
                .containsExactly("program.items[2].exercise");
    }

    @Test
    void a_revision_reports_the_missing_reason_and_the_gates_refusals_at_once() {
        homePrograms.prescribe(PATIENT, phaseOne);
        intakes.put(PATIENT, intake().caesareanDaysAgo(20).build());

        assertThat(refusedFields(() -> homePrograms.revise(PATIENT, 1, phaseTwo, "", false)))
                .containsExactlyInAnyOrder("program.reason", "program.items[2]");
    }

    @Test
    void a_revision_of_a_version_someone_else_replaced_is_an_edit_conflict() {
        homePrograms.prescribe(PATIENT, phaseOne);
        homePrograms.revise(PATIENT, 1, phaseTwo, "Progress", false);

        assertThatThrownBy(() -> homePrograms.revise(PATIENT, 1, phaseOne, "Regress", false))
                .isInstanceOf(EditConflictException.class);
    }

    @Test
    void when_two_pts_revise_the_same_version_only_the_first_is_saved() {
        homePrograms.prescribe(PATIENT, phaseOne);
        programs.beforeNextVersion(() -> {
            var program = programs.current(PATIENT).orElseThrow();
            programs.addVersion(program.revise(phaseTwo, paul.accountId(), NOW, "Paul's change", false, 1), 1);
        });

        assertThatThrownBy(() -> homePrograms.revise(
                        PATIENT, 1, content(ProgramPhase.STABILITY, BREATHING), "Pia's change", false))
                .isInstanceOf(EditConflictException.class);
        assertThat(programs.current(PATIENT).orElseThrow().current().reason()).contains("Paul's change");
    }

    @Test
    void a_second_first_program_is_an_edit_conflict() {
        homePrograms.prescribe(PATIENT, phaseOne);

        assertThatThrownBy(() -> homePrograms.prescribe(PATIENT, phaseTwo)).isInstanceOf(EditConflictException.class);
    }

    @Test
    void a_program_must_exist_before_it_is_revised() {
        assertThat(refusedFields(() -> homePrograms.revise(PATIENT, 1, phaseTwo, "Progress", false)))
                .containsExactly("program");
    }

    @Test
    void only_pts_of_the_patients_clinic_reach_the_program() {
        homePrograms.prescribe(PATIENT, phaseOne);

        actor = staff(Role.ADMIN, ourClinic);
        assertThatThrownBy(() -> homePrograms.current(PATIENT)).isInstanceOf(AccessRefusedException.class);
        actor = staff(Role.PT, ClinicId.random());
        assertThatThrownBy(() -> homePrograms.current(PATIENT)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> homePrograms.revise(PATIENT, 1, phaseTwo, "Progress", false))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(programs.current(PATIENT).orElseThrow().versions()).hasSize(1);
    }

    private Exercise ownExercise(ClinicId clinic, boolean retired) {
        var exercise = ExerciseDraft.of(ProgramFixtures.exercise(BREATHING))
                .name("Own breathing " + clinicExercises.size())
                .createFor(clinic);
        var stored = retired ? exercise.retire() : exercise;
        clinicExercises.put(stored.id(), stored);
        return stored;
    }

    private void patient(PatientId id, ClinicId clinic) {
        var details = PatientDetails.of(
                "Anna", "Berg", LocalDate.of(1992, 3, 14), "", "", "English", Optional.empty(), "", TODAY);
        patientsById.put(id, new Patient(id, clinic, details, false, 0));
    }

    private static Actor staff(Role role, ClinicId clinic) {
        return new Actor(AccountId.random(), "Staff", role, clinic, Optional.empty());
    }
}
