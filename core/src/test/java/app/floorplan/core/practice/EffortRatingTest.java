package app.floorplan.core.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FloorPlan's own 0-10 effort rating: every value has exactly one band, in FloorPlan's words, not Borg's. */
class EffortRatingTest {

    @Test
    void every_rating_from_0_to_10_falls_in_exactly_one_band() {
        IntStream.rangeClosed(EffortRating.MIN, EffortRating.MAX)
                .forEach(effort -> assertThat(EffortRating.BANDS.stream().filter(band -> band.contains(effort)))
                        .as("effort %d", effort)
                        .hasSize(1));
        assertThat(PracticeDay.MAX_EFFORT).isEqualTo(EffortRating.MAX);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"0, resting", "2, easy", "5, working", "8, hard", "10, the hardest you can imagine"})
    void each_rating_has_its_word(int effort, String word) {
        assertThat(EffortRating.word(effort)).isEqualTo(word);
    }

    @Test
    void the_explanation_runs_from_rest_to_the_hardest_she_can_imagine_without_borgs_wording() {
        assertThat(EffortRating.explanation())
                .startsWith("How hard it felt: 0 resting; 1-3 easy")
                .endsWith("10 the hardest you can imagine.")
                .doesNotContainIgnoringCase("Borg")
                .doesNotContainIgnoringCase("nothing at all")
                .doesNotContainIgnoringCase("extremely strong")
                .doesNotContainIgnoringCase("maximal");
    }

    @Test
    void a_rating_outside_0_to_10_has_no_word() {
        assertThatThrownBy(() -> EffortRating.word(11)).isInstanceOf(IllegalArgumentException.class);
    }
}
