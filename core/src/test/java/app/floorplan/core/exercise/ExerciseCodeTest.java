package app.floorplan.core.exercise;

import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExerciseCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "wall-bug-press", "c-section-scar-mobilisation", "step-2"})
    void lower_case_words_joined_by_hyphens_are_codes(String value) {
        assertThat(ExerciseCode.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "Wall-bug", "wall bug", "wall--bug", "-wall", "wall-", "wall_bug", "été"})
    void anything_else_is_refused(String value) {
        assertThat(refusedFields(() -> ExerciseCode.of(value))).containsExactly(ExerciseFields.CODE);
    }

    @Test
    void a_code_is_at_most_60_characters() {
        ExerciseCode.of("a".repeat(60));

        assertThat(refusedFields(() -> ExerciseCode.of("a".repeat(61)))).containsExactly(ExerciseFields.CODE);
    }
}
