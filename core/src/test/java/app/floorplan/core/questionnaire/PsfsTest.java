package app.floorplan.core.questionnaire;

import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** PSFS [STRATFORD-1995]: activities she names, each rated 0 (unable) to 10 (as before); score = sum / activities. */
class PsfsTest {

    private static QuestionnaireScore score(Map<Integer, Integer> ratings, Map<Integer, String> names) {
        var scores = new TreeMap<Integer, BigDecimal>();
        ratings.forEach((item, rating) -> scores.put(item, BigDecimal.valueOf(rating)));
        return Psfs.SCORING.score(new QuestionnaireAnswers(Instrument.PSFS, scores, names));
    }

    @Test
    void stratford_1995_the_score_is_the_sum_of_the_ratings_divided_by_the_number_of_activities() {
        var score = score(
                Map.of(1, 4, 2, 6, 3, 5),
                Map.of(1, "Lifting the car seat", 2, "Feeding in the armchair", 3, "Walking 30 minutes"));

        assertThat(score.total()).isEqualByComparingTo("5");
        assertThat(score.answered()).isEqualTo(3);
    }

    @Test
    void fewer_than_three_activities_are_scored_as_the_scale_asks_for_up_to_three() {
        assertThat(score(Map.of(1, 3, 2, 4), Map.of(1, "Lifting", 2, "Running")).total())
                .isEqualByComparingTo("3.5");
        assertThat(score(Map.of(1, 7), Map.of(1, "Lifting")).total()).isEqualByComparingTo("7");
    }

    @Test
    void five_activities_and_the_ends_of_the_scale_are_accepted() {
        var score = score(Map.of(1, 0, 2, 10, 3, 10, 4, 0, 5, 10), Map.of(1, "a", 2, "b", 3, "c", 4, "d", 5, "e"));

        assertThat(score.total()).isEqualByComparingTo("6");
    }

    @Test
    void with_no_activity_it_cannot_be_scored() {
        assertThat(refusedFields(() -> score(Map.of(), Map.of()))).containsExactly(QuestionnaireFields.ANSWERS);
    }

    @Test
    void a_rating_needs_its_activity_and_an_activity_its_rating() {
        assertThat(refusedFields(() -> score(Map.of(1, 5), Map.of(2, "Lifting"))))
                .containsExactlyInAnyOrder(QuestionnaireFields.activity(1), QuestionnaireFields.item(2));
    }

    @Test
    void an_eleven_a_half_point_a_sixth_activity_and_a_long_name_are_refused() {
        var scores = new TreeMap<Integer, BigDecimal>(
                Map.of(1, BigDecimal.valueOf(11), 2, new BigDecimal("4.5"), 6, BigDecimal.ONE));
        var names = Map.of(1, "a", 2, "b".repeat(QuestionnaireAnswers.MAX_NAME_LENGTH + 1), 6, "c");

        assertThat(refusedFields(() -> Psfs.SCORING.score(new QuestionnaireAnswers(Instrument.PSFS, scores, names))))
                .contains(
                        QuestionnaireFields.item(1),
                        QuestionnaireFields.item(2),
                        QuestionnaireFields.activity(2),
                        QuestionnaireFields.ANSWERS);
    }

    @Test
    void higher_is_better_and_the_detectable_change_is_2_points() {
        assertThat(Instrument.PSFS.higherIsWorse()).isFalse();
        assertThat(Instrument.PSFS.meaningfulChange().orElseThrow().points()).isEqualByComparingTo("2");
        assertThat(Instrument.PSFS.meaningfulChange().orElseThrow().kind())
                .isEqualTo(ChangeKind.MINIMAL_DETECTABLE_CHANGE);
    }
}
