package app.floorplan.core.session;

import static app.floorplan.core.program.ProgramFixtures.BREATHING;
import static app.floorplan.core.program.ProgramFixtures.DEAD_BUG_MARCHING;
import static app.floorplan.core.program.ProgramFixtures.WALL_BUG_PRESS;
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
import app.floorplan.core.practice.Completion;
import app.floorplan.core.practice.ExerciseEntry;
import app.floorplan.core.practice.PatientSide;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.PracticeEntry;
import app.floorplan.core.practice.PracticeLogging;
import app.floorplan.core.practice.SymptomFlag;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramId;
import app.floorplan.core.validation.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GuidedSessionsTest {

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
    private final GuidedSessions sessions = new GuidedSessions(
            side.patientRepository,
            side.programRepository,
            side.exercises,
            side.calendar,
            logging,
            side.currentActor,
            side.auditTrail);
    private PatientId anna;
    private HomeProgram program;

    @BeforeEach
    void annaHasAProgramOfThreeExercisesAndIsLoggedIn() {
        anna = side.patient("Anna");
        program = HomeProgram.start(
                HomeProgramId.random(),
                anna,
                content(ProgramPhase.STABILITY, BREATHING, WALL_BUG_PRESS, DEAD_BUG_MARCHING),
                AccountId.random(),
                Instant.parse("2026-11-01T09:00:00Z"));
        side.program(program);
    }

    @Test
    void her_session_walks_her_plan_in_order_with_the_steps_of_each_prescribed_dosage() {
        SessionPlan plan = sessions.start().orElseThrow();

        assertThat(plan.date()).isEqualTo(TODAY);
        assertThat(plan.program()).isEqualTo(program.id());
        assertThat(plan.exercises())
                .extracting(GuidedExercise::exercise)
                .containsExactly(id(BREATHING), id(WALL_BUG_PRESS), id(DEAD_BUG_MARCHING));
        var items = program.current().content().items();
        for (int i = 0; i < items.size(); i++) {
            assertThat(plan.exercises().get(i).steps())
                    .isEqualTo(SessionSteps.of(items.get(i).dosage()));
            assertThat(plan.exercises().get(i).number()).isEqualTo(i + 1);
        }
        GuidedExercise wallBug = plan.exercises().get(1);
        assertThat(wallBug.howTo()).isNotEmpty();
        assertThat(wallBug.watchFors()).isNotEmpty();
        assertThat(actions()).containsExactly(AuditAction.GUIDED_SESSION_STARTED);
        assertThat(side.audit.getFirst().patient()).hasValue(anna);
    }

    @Test
    void without_a_plan_there_is_no_session() {
        side.patient("Bea");

        assertThat(sessions.start()).isEmpty();
        assertThat(actions()).isEmpty();
    }

    @Test
    void staff_cannot_start_or_log_a_patients_session() {
        side.logInAsStaff();

        assertThatThrownBy(sessions::start).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> sessions.record(result(done(BREATHING)))).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void the_finished_session_is_todays_log_with_each_exercise_pain_and_effort_and_a_retry_saves_nothing_new() {
        var finished = new SessionResult(
                TODAY,
                List.of(done(BREATHING), done(WALL_BUG_PRESS), skipped(DEAD_BUG_MARCHING)),
                OptionalInt.of(2),
                OptionalInt.of(4));

        PracticeDay saved = sessions.record(finished);
        PracticeDay again = sessions.record(finished);

        assertThat(saved.session()).isEqualTo(Completion.PARTLY);
        assertThat(saved.exercises())
                .extracting(outcome -> outcome.completion())
                .containsExactly(Completion.DONE, Completion.DONE, Completion.SKIPPED);
        assertThat(saved.pain()).hasValue(2);
        assertThat(saved.effort()).hasValue(4);
        assertThat(again.revision()).isEqualTo(1);
        assertThat(actions()).containsExactly(AuditAction.PRACTICE_LOGGED);
    }

    @Test
    void stopping_for_doming_saves_the_symptom_for_that_exercise_at_once_and_the_end_keeps_it() {
        var stopped = new ExerciseResult(id(WALL_BUG_PRESS), Completion.PARTLY, Optional.of(StopSign.DOMING));

        PracticeDay atStop = sessions.record(
                new SessionResult(TODAY, List.of(done(BREATHING), stopped), OptionalInt.empty(), OptionalInt.empty()));
        PracticeDay atEnd = sessions.record(new SessionResult(
                TODAY,
                List.of(done(BREATHING), stopped, done(DEAD_BUG_MARCHING)),
                OptionalInt.of(3),
                OptionalInt.empty()));

        assertThat(atStop.exercisesWith(SymptomFlag.DOMING)).containsExactly(id(WALL_BUG_PRESS));
        assertThat(atEnd.exercisesWith(SymptomFlag.DOMING)).containsExactly(id(WALL_BUG_PRESS));
        assertThat(atEnd.exercises())
                .extracting(outcome -> outcome.completion())
                .containsExactly(Completion.DONE, Completion.PARTLY, Completion.DONE);
        assertThat(atEnd.revision()).isEqualTo(2);
        assertThat(actions()).containsExactly(AuditAction.PRACTICE_LOGGED, AuditAction.PRACTICE_CORRECTED);
    }

    @Test
    void each_stop_sign_is_logged_as_its_symptom() {
        assertThat(StopSign.values())
                .extracting(StopSign::symptom)
                .containsExactly(
                        SymptomFlag.DOMING, SymptomFlag.LEAKING, SymptomFlag.HEAVINESS, SymptomFlag.PAIN_INCREASE);
    }

    @Test
    void what_she_logged_earlier_today_is_kept_a_done_exercise_stays_done_and_symptoms_and_pain_add_up() {
        logging.log(new PracticeEntry(
                TODAY,
                Optional.empty(),
                OptionalInt.of(5),
                OptionalInt.empty(),
                Set.of(),
                "",
                List.of(new ExerciseEntry(
                        id(BREATHING), Optional.of(Completion.DONE), Set.of(SymptomFlag.OTHER), "felt dizzy"))));

        PracticeDay merged = sessions.record(new SessionResult(
                TODAY,
                List.of(new ExerciseResult(id(BREATHING), Completion.PARTLY, Optional.of(StopSign.LEAKING))),
                OptionalInt.empty(),
                OptionalInt.of(3)));

        var breathing = merged.exercises().getFirst();
        assertThat(breathing.completion()).isEqualTo(Completion.DONE);
        assertThat(breathing.symptoms().flags()).containsExactlyInAnyOrder(SymptomFlag.OTHER, SymptomFlag.LEAKING);
        assertThat(breathing.symptoms().otherText()).hasValue("felt dizzy");
        assertThat(merged.pain()).hasValue(5);
        assertThat(merged.effort()).hasValue(3);
    }

    @Test
    void a_day_logged_as_a_whole_session_done_stays_done_after_a_partly_session() {
        logging.log(new PracticeEntry(
                TODAY,
                Optional.of(Completion.DONE),
                OptionalInt.empty(),
                OptionalInt.empty(),
                Set.of(),
                "",
                List.of()));

        PracticeDay merged = sessions.record(result(
                new ExerciseResult(id(BREATHING), Completion.PARTLY, Optional.empty()), skipped(WALL_BUG_PRESS)));

        assertThat(merged.session()).isEqualTo(Completion.DONE);
    }

    @Test
    void nothing_reached_is_refused_and_another_day_is_refused_by_the_log() {
        assertThatThrownBy(() -> sessions.record(result()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("nothing to save");
        assertThatThrownBy(() -> sessions.record(new SessionResult(
                        TODAY.minusDays(1), List.of(done(BREATHING)), OptionalInt.empty(), OptionalInt.empty())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Only today's practice");
        assertThat(side.log.find(anna, TODAY)).isEmpty();
    }

    private static SessionResult result(ExerciseResult... exercises) {
        return new SessionResult(TODAY, List.of(exercises), OptionalInt.empty(), OptionalInt.empty());
    }

    private static ExerciseResult done(String code) {
        return new ExerciseResult(id(code), Completion.DONE, Optional.empty());
    }

    private static ExerciseResult skipped(String code) {
        return new ExerciseResult(id(code), Completion.SKIPPED, Optional.empty());
    }

    private List<AuditAction> actions() {
        return side.audit.stream().map(AuditEvent::action).toList();
    }
}
