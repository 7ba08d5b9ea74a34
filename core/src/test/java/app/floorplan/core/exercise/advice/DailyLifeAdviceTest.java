package app.floorplan.core.exercise.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DailyLifeAdviceTest {

    @Test
    void every_piece_of_advice_has_a_title_and_a_patient_text_of_a_few_sentences() {
        for (var advice : DailyLifeAdvice.values()) {
            assertThat(advice.title()).isNotBlank().hasSizeLessThanOrEqualTo(60);
            assertThat(advice.text()).hasSizeBetween(150, 700).endsWith(".");
        }
    }

    @Test
    void the_advice_therapists_hand_out_is_all_there() {
        assertThat(DailyLifeAdvice.values())
                .contains(
                        DailyLifeAdvice.FEEDING_SET_UP,
                        DailyLifeAdvice.CHANGING_TABLE_HEIGHT,
                        DailyLifeAdvice.LIFTING,
                        DailyLifeAdvice.POSTURE,
                        DailyLifeAdvice.WALKING,
                        DailyLifeAdvice.SCAR_CARE,
                        DailyLifeAdvice.CARRYING_AND_BABYWEARING,
                        DailyLifeAdvice.GETTING_UP_FROM_THE_FLOOR);
    }

    @Test
    void lifting_advice_says_to_breathe_out_and_engage_before_lifting() {
        assertThat(DailyLifeAdvice.LIFTING.text())
                .containsIgnoringCase("bend your knees")
                .contains("breathe out")
                .contains("close to your body");
    }

    @Test
    void titles_are_unique() {
        assertThat(Arrays.stream(DailyLifeAdvice.values()).map(DailyLifeAdvice::title))
                .doesNotHaveDuplicates();
    }
}
