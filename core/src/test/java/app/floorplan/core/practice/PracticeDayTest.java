package app.floorplan.core.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.program.HomeProgramId;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.core.validation.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PracticeDayTest {

    private static final ExerciseId WALL_BUG = new ExerciseId(new UUID(1, 1));
    private static final ExerciseId SIDE_PLANK = new ExerciseId(new UUID(1, 2));

    @Test
    void all_exercises_done_makes_the_session_done_whatever_was_chosen_for_the_whole() {
        var day = day(OptionalInt.of(2), OptionalInt.of(5), List.of(outcome(WALL_BUG, Completion.DONE)));

        assertThat(day.session()).isEqualTo(Completion.DONE);
    }

    @Test
    void some_done_and_some_skipped_is_a_partly_done_session_that_still_counts_as_practised() {
        var day = day(
                OptionalInt.empty(),
                OptionalInt.empty(),
                List.of(outcome(WALL_BUG, Completion.DONE), outcome(SIDE_PLANK, Completion.SKIPPED)));

        assertThat(day.session()).isEqualTo(Completion.PARTLY);
        assertThat(day.practised()).isTrue();
    }

    @Test
    void all_skipped_is_a_skipped_session_that_does_not_count() {
        var day = day(OptionalInt.empty(), OptionalInt.empty(), List.of(outcome(WALL_BUG, Completion.SKIPPED)));

        assertThat(day.session()).isEqualTo(Completion.SKIPPED);
        assertThat(day.practised()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 10})
    void pain_and_effort_accept_the_ends_of_the_scale(int rating) {
        var day = day(OptionalInt.of(rating), OptionalInt.of(rating), List.of());

        assertThat(day.pain()).hasValue(rating);
        assertThat(day.effort()).hasValue(rating);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 11})
    void pain_and_effort_outside_0_to_10_are_refused_next_to_their_fields(int rating) {
        assertThatThrownBy(() -> day(OptionalInt.of(rating), OptionalInt.of(rating), List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactly(PracticeFields.PAIN, PracticeFields.EFFORT));
    }

    @Test
    void an_exercise_logged_twice_on_one_day_is_refused() {
        assertThatThrownBy(() -> day(
                        OptionalInt.empty(),
                        OptionalInt.empty(),
                        List.of(outcome(WALL_BUG, Completion.DONE), outcome(WALL_BUG, Completion.PARTLY))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void symptoms_of_the_session_and_of_each_exercise_are_collected_and_named_per_exercise() {
        var doming = new ExerciseOutcome(
                WALL_BUG, Completion.DONE, new SymptomReport(Set.of(SymptomFlag.DOMING), Optional.empty()));
        var day = new PracticeDay(
                new PatientId(new UUID(2, 2)),
                LocalDate.of(2026, 11, 20),
                new HomeProgramId(new UUID(3, 3)),
                1,
                Completion.DONE,
                OptionalInt.empty(),
                OptionalInt.empty(),
                new SymptomReport(Set.of(SymptomFlag.LEAKING), Optional.empty()),
                List.of(doming, outcome(SIDE_PLANK, Completion.DONE)),
                Instant.EPOCH,
                1);

        assertThat(day.allSymptoms()).containsExactly(SymptomFlag.DOMING, SymptomFlag.LEAKING);
        assertThat(day.exercisesWith(SymptomFlag.DOMING)).containsExactly(WALL_BUG);
    }

    @Test
    void other_symptom_needs_words_and_words_without_other_are_dropped() {
        assertThatThrownBy(() -> SymptomReport.of(Set.of(SymptomFlag.OTHER), "  ", "f"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactly("f"));
        assertThat(SymptomReport.of(Set.of(SymptomFlag.DOMING), "ignored", "f").otherText())
                .isEmpty();
        assertThat(SymptomReport.of(Set.of(SymptomFlag.OTHER), " Dizzy ", "f").otherText())
                .contains("Dizzy");
    }

    @Test
    void other_symptom_text_is_one_line_of_at_most_200_characters() {
        assertThat(SymptomReport.of(Set.of(SymptomFlag.OTHER), "x".repeat(200), "f")
                        .otherText())
                .hasValueSatisfying(text -> assertThat(text).hasSize(200));
        assertThatThrownBy(() -> SymptomReport.of(Set.of(SymptomFlag.OTHER), "x".repeat(201), "f"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SymptomReport.of(Set.of(SymptomFlag.OTHER), "a\nb", "f"))
                .isInstanceOf(InvalidInputException.class);
    }

    private static PracticeDay day(OptionalInt pain, OptionalInt effort, List<ExerciseOutcome> exercises) {
        return new PracticeDay(
                new PatientId(new UUID(2, 2)),
                LocalDate.of(2026, 11, 20),
                new HomeProgramId(new UUID(3, 3)),
                1,
                Completion.PARTLY,
                pain,
                effort,
                SymptomReport.NONE,
                exercises,
                Instant.EPOCH,
                1);
    }

    private static ExerciseOutcome outcome(ExerciseId exercise, Completion completion) {
        return new ExerciseOutcome(exercise, completion, SymptomReport.NONE);
    }
}
