package app.floorplan.core.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ExerciseVocabularyTest {

    @Test
    void the_phases_are_numbered_1_to_4_in_order() {
        assertThat(Arrays.stream(ProgramPhase.values()).map(ProgramPhase::number))
                .containsExactly(1, 2, 3, 4);
        assertThat(ProgramPhase.ofNumber(1)).contains(ProgramPhase.BREATH_AND_CONNECTION);
        assertThat(ProgramPhase.ofNumber(4)).contains(ProgramPhase.STRENGTH_AND_FUNCTION);
        assertThat(ProgramPhase.ofNumber(0)).isEmpty();
        assertThat(ProgramPhase.ofNumber(5)).isEmpty();
    }

    @Test
    void each_phase_leads_to_the_next_until_the_last() {
        assertThat(ProgramPhase.STABILITY.next()).contains(ProgramPhase.DYNAMIC_CONTROL);
        assertThat(ProgramPhase.STRENGTH_AND_FUNCTION.next()).isEmpty();
    }

    @Test
    void every_phase_has_a_label_and_a_patient_explanation() {
        for (var phase : ProgramPhase.values()) {
            assertThat(phase.label()).isNotBlank();
            assertThat(phase.patientExplanation()).hasSizeGreaterThan(150);
        }
    }

    @Test
    void every_category_has_a_label() {
        for (var category : ExerciseCategory.values()) {
            assertThat(category.label()).isNotBlank();
        }
    }

    @Test
    void every_watch_for_tells_the_patient_what_it_is_and_what_to_do() {
        for (var sign : WatchFor.values()) {
            assertThat(sign.label()).isNotBlank();
            assertThat(sign.whatItIs()).isNotBlank();
            assertThat(sign.whatToDo()).isNotBlank();
        }
    }
}
