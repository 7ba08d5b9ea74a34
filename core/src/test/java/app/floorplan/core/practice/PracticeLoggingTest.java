package app.floorplan.core.practice;

import static app.floorplan.core.program.ProgramFixtures.BREATHING;
import static app.floorplan.core.program.ProgramFixtures.DEAD_BUG_MARCHING;
import static app.floorplan.core.program.ProgramFixtures.HEEL_SLIDES;
import static app.floorplan.core.program.ProgramFixtures.content;
import static app.floorplan.core.program.ProgramFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditEvent;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramId;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.core.validation.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PracticeLoggingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final PatientSide side = new PatientSide();
    private final PracticeLogging logging = new PracticeLogging(
            side.patientRepository,
            side.programRepository,
            side.exercises,
            side.log,
            side.calendar,
            side.currentActor,
            side.auditTrail);
    private PatientId anna;
    private HomeProgram annasProgram;

    @BeforeEach
    void annaHasAProgramAndIsLoggedIn() {
        anna = side.patient("Anna");
        annasProgram = HomeProgram.start(
                HomeProgramId.random(),
                anna,
                content(ProgramPhase.STABILITY, BREATHING, DEAD_BUG_MARCHING),
                AccountId.random(),
                Instant.parse("2026-11-01T09:00:00Z"));
        side.program(annasProgram);
    }

    @Test
    void the_whole_session_is_logged_for_the_clinics_today_against_the_current_program_version() {
        PracticeDay saved = logging.log(wholeSession(TODAY, Completion.DONE, 3));

        assertThat(saved.date()).isEqualTo(TODAY);
        assertThat(saved.program()).isEqualTo(annasProgram.id());
        assertThat(saved.programVersion()).isEqualTo(1);
        assertThat(saved.session()).isEqualTo(Completion.DONE);
        assertThat(saved.pain()).hasValue(3);
        assertThat(actions()).containsExactly(AuditAction.PRACTICE_LOGGED);
    }

    @Test
    void per_exercise_outcomes_with_doming_on_one_exercise_make_a_partly_done_session_in_plan_order() {
        PracticeDay saved = logging.log(new PracticeEntry(
                TODAY,
                Optional.empty(),
                OptionalInt.of(8),
                OptionalInt.of(6),
                Set.of(),
                "",
                List.of(
                        exercise(DEAD_BUG_MARCHING, Completion.PARTLY, Set.of(SymptomFlag.DOMING)),
                        exercise(BREATHING, Completion.DONE, Set.of()))));

        assertThat(saved.session()).isEqualTo(Completion.PARTLY);
        assertThat(saved.exercises())
                .extracting(ExerciseOutcome::exercise)
                .containsExactly(id(BREATHING), id(DEAD_BUG_MARCHING));
        assertThat(saved.exercisesWith(SymptomFlag.DOMING)).containsExactly(id(DEAD_BUG_MARCHING));
    }

    @Test
    void a_double_tap_saves_one_entry_and_audits_it_once() {
        logging.log(wholeSession(TODAY, Completion.DONE, 3));
        PracticeDay again = logging.log(wholeSession(TODAY, Completion.DONE, 3));

        assertThat(side.log.count(anna)).isEqualTo(1);
        assertThat(again.revision()).isEqualTo(1);
        assertThat(actions()).containsExactly(AuditAction.PRACTICE_LOGGED);
    }

    @Test
    void a_correction_the_same_day_replaces_the_entry_and_is_audited_as_a_correction() {
        logging.log(wholeSession(TODAY, Completion.DONE, 3));
        PracticeDay corrected = logging.log(wholeSession(TODAY, Completion.PARTLY, 5));

        assertThat(side.log.count(anna)).isEqualTo(1);
        assertThat(corrected.revision()).isEqualTo(2);
        assertThat(corrected.pain()).hasValue(5);
        assertThat(logging.today().entry()).contains(corrected);
        assertThat(actions()).containsExactly(AuditAction.PRACTICE_LOGGED, AuditAction.PRACTICE_CORRECTED);
    }

    @Test
    void a_past_day_is_refused_and_stays_as_it_was() {
        side.at(Instant.parse("2026-11-21T12:00:00Z"));
        logging.log(wholeSession(TODAY.minusDays(1), Completion.DONE, 3));
        side.at(Instant.parse("2026-11-22T12:00:00Z"));

        assertThatThrownBy(() -> logging.log(wholeSession(TODAY.minusDays(1), Completion.SKIPPED, 9)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly(PracticeFields.DATE));
        assertThat(side.log.find(anna, TODAY.minusDays(1)).orElseThrow().pain()).hasValue(3);
    }

    @Test
    void today_is_the_clinics_calendar_day_so_half_past_midnight_in_berlin_is_already_the_next_day() {
        side.at(Instant.parse("2026-11-21T23:30:00Z")); // 00:30 on 22 November in Berlin

        assertThat(logging.today().date()).isEqualTo(TODAY);
        assertThat(logging.log(wholeSession(TODAY, Completion.DONE, 2)).date()).isEqualTo(TODAY);
        assertThatThrownBy(() -> logging.log(wholeSession(TODAY.minusDays(1), Completion.DONE, 2)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void one_minute_before_midnight_in_berlin_is_still_the_same_day() {
        side.at(Instant.parse("2026-11-22T22:59:00Z"));

        assertThat(logging.today().date()).isEqualTo(TODAY);
    }

    @Test
    void an_exercise_that_is_not_in_the_current_program_is_refused() {
        assertThatThrownBy(() -> logging.log(new PracticeEntry(
                        TODAY,
                        Optional.empty(),
                        OptionalInt.empty(),
                        OptionalInt.empty(),
                        Set.of(),
                        "",
                        List.of(exercise(HEEL_SLIDES, Completion.DONE, Set.of())))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields(e)).contains(PracticeFields.EXERCISES));
        assertThat(side.log.count(anna)).isZero();
    }

    @Test
    void every_problem_is_reported_at_once_by_field() {
        assertThatThrownBy(() -> logging.log(new PracticeEntry(
                        TODAY,
                        Optional.empty(),
                        OptionalInt.of(11),
                        OptionalInt.of(-1),
                        Set.of(SymptomFlag.OTHER),
                        " ",
                        List.of())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields(e))
                        .containsExactlyInAnyOrder(
                                PracticeFields.SESSION,
                                PracticeFields.SYMPTOMS_OTHER,
                                PracticeFields.PAIN,
                                PracticeFields.EFFORT));
    }

    @Test
    void symptoms_on_an_exercise_without_saying_how_it_went_are_marked_at_that_exercise() {
        assertThatThrownBy(() -> logging.log(new PracticeEntry(
                        TODAY,
                        Optional.of(Completion.DONE),
                        OptionalInt.empty(),
                        OptionalInt.empty(),
                        Set.of(),
                        "",
                        List.of(new ExerciseEntry(
                                id(DEAD_BUG_MARCHING), Optional.empty(), Set.of(SymptomFlag.LEAKING), "")))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly(PracticeFields.exerciseCompletion(1)));
    }

    @Test
    void another_patient_never_sees_annas_entry_and_her_own_log_stays_separate() {
        logging.log(wholeSession(TODAY, Completion.DONE, 3));
        PatientId bea = side.patient("Bea");
        side.program(HomeProgram.start(
                HomeProgramId.random(),
                bea,
                content(ProgramPhase.BREATH_AND_CONNECTION, BREATHING),
                AccountId.random(),
                Instant.parse("2026-11-01T09:00:00Z")));

        assertThat(logging.today().entry()).isEmpty();
        logging.log(wholeSession(TODAY, Completion.SKIPPED, 1));

        assertThat(side.log.find(anna, TODAY).orElseThrow().session()).isEqualTo(Completion.DONE);
        assertThat(side.log.find(bea, TODAY).orElseThrow().session()).isEqualTo(Completion.SKIPPED);
    }

    @Test
    void staff_cannot_log_practice_and_a_patient_without_a_program_has_nothing_to_log() {
        side.logInAsStaff();
        assertThatThrownBy(logging::today).isInstanceOf(AccessRefusedException.class);

        side.patient("Chloe");
        assertThat(logging.today().hasPlan()).isFalse();
        assertThatThrownBy(() -> logging.log(wholeSession(TODAY, Completion.DONE, 1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void an_archived_patient_record_is_refused() {
        side.patient("Dora", true);

        assertThatThrownBy(logging::today).isInstanceOf(AccessRefusedException.class);
    }

    private List<AuditAction> actions() {
        return side.audit.stream().map(AuditEvent::action).toList();
    }

    private static List<String> fields(Throwable e) {
        return ((InvalidInputException) e)
                .violations().stream().map(Violation::field).toList();
    }

    private static PracticeEntry wholeSession(LocalDate date, Completion session, int pain) {
        return new PracticeEntry(
                date, Optional.of(session), OptionalInt.of(pain), OptionalInt.of(4), Set.of(), "", List.of());
    }

    private static ExerciseEntry exercise(String code, Completion completion, Set<SymptomFlag> symptoms) {
        return new ExerciseEntry(id(code), Optional.of(completion), symptoms, "");
    }
}
