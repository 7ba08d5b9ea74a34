package app.floorplan.core.practice;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.program.HomeProgramId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PracticeLogRepository} keeps, the in-memory fake core's tests run on and the PostgreSQL adapter
 * alike: one entry per patient and day, a changed entry counts a revision, ranges are inclusive and oldest first.
 */
public abstract class PracticeLogRepositoryContract {

    protected static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    protected static final Instant EVENING = Instant.parse("2026-11-16T19:30:00Z");
    protected static final ExerciseId WALL_BUG = new ExerciseId(new UUID(7, 1));
    protected static final ExerciseId SIDE_PLANK = new ExerciseId(new UUID(7, 2));

    protected ClinicId clinic;
    protected HomeProgramId program;
    protected PatientId anna;

    protected abstract PracticeLogRepository repository();

    protected abstract ClinicId newClinic();

    /** A patient of the clinic whose home program {@code program} holds {@link #WALL_BUG} and {@link #SIDE_PLANK}. */
    protected abstract PatientId newPatient(ClinicId clinic, HomeProgramId program);

    @BeforeEach
    void aPatientWithAProgram() {
        clinic = newClinic();
        program = HomeProgramId.random();
        anna = newPatient(clinic, program);
    }

    @Test
    void a_day_with_exercise_outcomes_and_symptoms_reads_back_equal() {
        var day = day(
                anna,
                program,
                MONDAY,
                OptionalInt.of(3),
                List.of(
                        new ExerciseOutcome(
                                WALL_BUG,
                                Completion.DONE,
                                new SymptomReport(
                                        Set.of(SymptomFlag.DOMING, SymptomFlag.OTHER), Optional.of("Ribs flare"))),
                        new ExerciseOutcome(SIDE_PLANK, Completion.SKIPPED, SymptomReport.NONE)));

        var stored = repository().save(day);

        assertThat(stored).isEqualTo(day);
        assertThat(stored.session()).isEqualTo(Completion.PARTLY);
        assertThat(repository().find(anna, MONDAY)).contains(day);
    }

    @Test
    void a_day_never_logged_is_not_found() {
        assertThat(repository().find(anna, MONDAY)).isEmpty();
        assertThat(repository().between(anna, MONDAY, MONDAY.plusDays(6))).isEmpty();
    }

    @Test
    void saving_the_same_day_again_keeps_one_entry_and_a_changed_one_counts_a_revision() {
        repository().save(day(anna, program, MONDAY, OptionalInt.of(3), List.of(done(WALL_BUG))));
        var retried = repository().save(day(anna, program, MONDAY, OptionalInt.of(3), List.of(done(WALL_BUG))));
        assertThat(retried.revision()).isEqualTo(1);

        var corrected = repository()
                .save(day(anna, program, MONDAY, OptionalInt.of(5), List.of(done(WALL_BUG), done(SIDE_PLANK))));

        assertThat(corrected.revision()).isEqualTo(2);
        assertThat(corrected.pain()).hasValue(5);
        assertThat(corrected.exercises()).extracting(ExerciseOutcome::exercise).containsExactly(WALL_BUG, SIDE_PLANK);
        assertThat(repository().find(anna, MONDAY)).contains(corrected);
        assertThat(repository().between(anna, MONDAY, MONDAY)).containsExactly(corrected);
    }

    @Test
    void a_range_holds_both_ends_oldest_first_and_only_the_patients_own_days() {
        HomeProgramId beasProgram = HomeProgramId.random();
        PatientId bea = newPatient(clinic, beasProgram);
        for (int offset = 6; offset >= 0; offset--) {
            repository().save(day(anna, program, MONDAY.plusDays(offset), OptionalInt.of(offset), List.of()));
        }
        repository().save(day(bea, beasProgram, MONDAY.plusDays(3), OptionalInt.of(1), List.of()));

        assertThat(repository().between(anna, MONDAY.plusDays(2), MONDAY.plusDays(4)))
                .extracting(PracticeDay::date)
                .containsExactly(MONDAY.plusDays(2), MONDAY.plusDays(3), MONDAY.plusDays(4));
    }

    @Test
    void days_of_many_patients_leave_out_those_without_days_and_keep_each_patients_order() {
        PatientId bea = newPatient(clinic, HomeProgramId.random());
        for (int offset = 0; offset < 10; offset++) {
            repository().save(day(anna, program, MONDAY.plusDays(offset), OptionalInt.of(offset % 11), List.of()));
        }

        var days = repository().between(List.of(anna, bea), MONDAY.plusDays(2), MONDAY.plusDays(5));

        assertThat(days).containsOnlyKeys(anna);
        assertThat(days.get(anna))
                .extracting(PracticeDay::date)
                .containsExactly(MONDAY.plusDays(2), MONDAY.plusDays(3), MONDAY.plusDays(4), MONDAY.plusDays(5));
    }

    @Test
    void the_last_logged_day_is_listed_per_patient_of_the_clinic_who_ever_logged() {
        newPatient(clinic, HomeProgramId.random());
        HomeProgramId elsewhere = HomeProgramId.random();
        PatientId olga = newPatient(newClinic(), elsewhere);
        repository().save(day(anna, program, MONDAY.plusDays(9), OptionalInt.of(2), List.of()));
        repository().save(day(anna, program, MONDAY, OptionalInt.of(2), List.of()));
        repository().save(day(olga, elsewhere, MONDAY.plusDays(20), OptionalInt.of(2), List.of()));

        assertThat(repository().lastLoggedDays(clinic)).isEqualTo(Map.of(anna, MONDAY.plusDays(9)));
    }

    protected static PracticeDay day(
            PatientId patient,
            HomeProgramId program,
            LocalDate date,
            OptionalInt pain,
            List<ExerciseOutcome> exercises) {
        return new PracticeDay(
                patient,
                date,
                program,
                1,
                Completion.DONE,
                pain,
                OptionalInt.of(4),
                SymptomReport.NONE,
                exercises,
                EVENING,
                1);
    }

    protected static ExerciseOutcome done(ExerciseId exercise) {
        return new ExerciseOutcome(exercise, Completion.DONE, SymptomReport.NONE);
    }
}
