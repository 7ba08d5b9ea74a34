package app.floorplan.core.mood;

import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import org.junit.jupiter.api.Test;

/** Scoring of the Edinburgh Postnatal Depression Scale [COX-1987]: ten items scored 0-3, total 0-30. */
class EpdsTest {

    @Test
    void cox_1987_the_total_is_the_sum_of_the_ten_item_scores() {
        var score = EpdsAnswers.ofScores(1, 1, 2, 2, 1, 1, 1, 2, 1, 0).score();

        assertThat(score.total()).isEqualTo(12);
        assertThat(score.selfHarmItem()).isZero();
    }

    @Test
    void the_total_runs_from_0_to_30() {
        assertThat(EpdsAnswers.ofScores(0, 0, 0, 0, 0, 0, 0, 0, 0, 0).score().total())
                .isZero();
        assertThat(EpdsAnswers.ofScores(3, 3, 3, 3, 3, 3, 3, 3, 3, 3).score().total())
                .isEqualTo(EpdsScore.MAX_TOTAL);
    }

    @Test
    void cox_1987_a_total_of_13_or_more_is_probable_depression_and_12_is_not() {
        assertThat(new EpdsScore(13, 0).probableDepression()).isTrue();
        assertThat(new EpdsScore(12, 0).probableDepression()).isFalse();
        assertThat(new EpdsScore(12, 0).possibleDepression()).isTrue();
        assertThat(new EpdsScore(10, 0).possibleDepression()).isTrue();
        assertThat(new EpdsScore(9, 0).possibleDepression()).isFalse();
    }

    @Test
    void cox_1987_item_10_above_0_is_thoughts_of_self_harm_whatever_the_total() {
        var score = EpdsAnswers.ofScores(0, 0, 0, 0, 0, 0, 0, 0, 0, 1).score();

        assertThat(score.total()).isEqualTo(1);
        assertThat(score.selfHarmThoughts()).isTrue();
        assertThat(score.probableDepression()).isFalse();
        assertThat(score.summary()).isEqualTo("EPDS 1 of 30; item 10 (thoughts of self-harm) scored 1");
    }

    @Test
    void the_summary_names_the_band() {
        assertThat(new EpdsScore(14, 0).summary()).isEqualTo("EPDS 14 of 30 (13 or more: probable depression)");
        assertThat(new EpdsScore(11, 0).summary())
                .isEqualTo("EPDS 11 of 30 (10-12: possible depression, repeat and ask more)");
        assertThat(new EpdsScore(4, 0).summary()).isEqualTo("EPDS 4 of 30");
    }

    @Test
    void an_unanswered_item_is_refused_rather_than_scored_as_zero() {
        var scores = new EnumMap<EpdsItem, Integer>(EpdsItem.class);
        for (var item : EpdsItem.values()) {
            scores.put(item, 0);
        }
        scores.remove(EpdsItem.SELF_HARM);
        scores.remove(EpdsItem.SADNESS);

        assertThat(refusedFields(() -> new EpdsAnswers(scores))).containsExactlyInAnyOrder("epds.item10", "epds.item8");
    }

    @Test
    void an_item_score_outside_0_to_3_is_refused() {
        assertThat(refusedFields(() -> EpdsAnswers.ofScores(0, 0, 0, 0, 0, 0, 0, 0, 0, 4)))
                .containsExactly("epds.item10");
        assertThat(refusedFields(() -> EpdsAnswers.ofScores(-1, 0, 0, 0, 0, 0, 0, 0, 0, 0)))
                .containsExactly("epds.item1");
    }

    @Test
    void stored_scores_round_trip_in_item_order() {
        var answers = EpdsAnswers.ofScores(1, 2, 3, 0, 1, 2, 3, 0, 1, 2);

        assertThat(EpdsAnswers.ofScores(answers.scoresInItemOrder())).isEqualTo(answers);
        assertThat(answers.itemScore(EpdsItem.SELF_HARM)).isEqualTo(2);
    }

    @Test
    void items_are_numbered_1_to_10_and_labelled_by_topic_only() {
        for (var item : EpdsItem.values()) {
            assertThat(item.number()).isEqualTo(item.ordinal() + 1);
        }
        assertThat(EpdsItem.SELF_HARM.label()).isEqualTo("Item 10: thoughts of harming herself");
    }
}
