package app.floorplan.core.questionnaire;

import static app.floorplan.core.questionnaire.Answers.from;
import static app.floorplan.core.questionnaire.Answers.merged;
import static app.floorplan.core.testing.Refusals.refusals;
import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.validation.Violation;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PFDI-20 scoring [BARBER-2005]: items 1-6 POPDI-6, 7-14 CRADI-8, 15-20 UDI-6, each scale the mean of its answered items
 * (0-4) x 25, the total their sum (0-300). The worked examples apply the published rule by hand.
 */
class Pfdi20Test {

    private static QuestionnaireScore score(Map<Integer, Integer> items) {
        return Instrument.PFDI_20.scoring().score(QuestionnaireAnswers.ofInts(Instrument.PFDI_20, items));
    }

    private static BigDecimal scale(QuestionnaireScore score, Scale scale) {
        return score.scales().stream()
                .filter(found -> found.scale() == scale)
                .findFirst()
                .orElseThrow()
                .score();
    }

    @Test
    void barber_2005_each_scale_is_the_mean_of_its_items_times_25_and_the_total_their_sum() {
        // POPDI-6: 0+2+3+0+1+0 = 6, mean 1 -> 25; CRADI-8: 4+4+0+0+2+2+0+0 = 12, mean 1.5 -> 37.5;
        // UDI-6: 3+3+3+0+0+0 = 9, mean 1.5 -> 37.5; total 100
        var score =
                score(merged(from(1, 0, 2, 3, 0, 1, 0), from(7, 4, 4, 0, 0, 2, 2, 0, 0), from(15, 3, 3, 3, 0, 0, 0)));

        assertThat(scale(score, Scale.POPDI_6)).isEqualByComparingTo("25");
        assertThat(scale(score, Scale.CRADI_8)).isEqualByComparingTo("37.5");
        assertThat(scale(score, Scale.UDI_6)).isEqualByComparingTo("37.5");
        assertThat(score.total()).isEqualByComparingTo("100");
        assertThat(score.answered()).isEqualTo(20);
        assertThat(score.summary()).isEqualTo("PFDI-20 100 of 300 (POPDI-6 25, CRADI-8 37.5, UDI-6 37.5)");
    }

    @Test
    void barber_2005_a_missing_item_is_left_out_of_its_scale_s_mean_not_counted_as_0() {
        // POPDI-6 items 1-5 answered 2, item 6 missing: mean of the answered five is 2 -> 50 (not 10/6 x 25 = 41.7)
        var items = merged(from(1, 2, 2, 2, 2, 2), from(7, 0, 0, 0, 0, 0, 0, 0, 0), from(15, 0, 0, 0, 0, 0, 0));

        var score = score(items);

        assertThat(scale(score, Scale.POPDI_6)).isEqualByComparingTo("50");
        assertThat(score.total()).isEqualByComparingTo("50");
        assertThat(score.answered()).isEqualTo(19);
        assertThat(score.summary()).endsWith("; 1 of 20 items unanswered");
    }

    @Test
    void a_scale_resting_on_one_answered_item_is_still_scored_and_marked_thin() {
        var items = merged(from(1, 3), from(7, 1, 1, 1, 1, 1, 1, 1, 1), from(15, 1, 1, 1, 1, 1, 1));

        var popdi = score(items).scales().getFirst();

        assertThat(popdi.score()).isEqualByComparingTo("75");
        assertThat(popdi.thin()).isTrue();
        assertThat(score(merged(from(1, 3, 3, 3), from(7, 1), from(15, 1)))
                        .scales()
                        .getFirst()
                        .thin())
                .as("3 of 6 is half, not fewer")
                .isFalse();
    }

    @Test
    void scores_are_kept_to_two_decimals_rounding_half_up() {
        // UDI-6: 1 of 6 points, mean 1/6 x 25 = 4.1666... -> 4.17; total 4.1666... -> 4.17
        var score =
                score(merged(from(1, 0, 0, 0, 0, 0, 0), from(7, 0, 0, 0, 0, 0, 0, 0, 0), from(15, 1, 0, 0, 0, 0, 0)));

        assertThat(scale(score, Scale.UDI_6)).isEqualByComparingTo("4.17");
        assertThat(score.total()).isEqualByComparingTo("4.17");
        assertThat(score.totalLabel()).isEqualTo("4.2");
    }

    @Test
    void the_total_runs_from_0_to_300() {
        var none = new HashMap<Integer, Integer>();
        var all = new HashMap<Integer, Integer>();
        for (int item = 1; item <= 20; item++) {
            none.put(item, 0);
            all.put(item, 4);
        }

        assertThat(score(none).total()).isEqualByComparingTo("0");
        assertThat(score(all).total()).isEqualByComparingTo("300");
        assertThat(score(all).scales())
                .allSatisfy(scale -> assertThat(scale.score()).isEqualByComparingTo("100"));
    }

    @Test
    void with_every_item_missing_nothing_can_be_scored() {
        var refused = refusals(() -> score(Map.of()));

        assertThat(refused).extracting(Violation::field).containsOnly(QuestionnaireFields.ANSWERS);
        assertThat(refused).extracting(Violation::message).hasSize(3).allMatch(message -> message.contains("at least"));
    }

    @Test
    void with_a_whole_scale_missing_that_scale_and_the_total_cannot_be_scored() {
        var items = merged(from(1, 1, 1, 1, 1, 1, 1), from(7, 1, 1, 1, 1, 1, 1, 1, 1));

        var refused = refusals(() -> score(items));

        assertThat(refused).singleElement().satisfies(violation -> assertThat(violation.message())
                .contains("UDI-6"));
    }

    @Test
    void a_score_outside_0_to_4_and_an_item_it_does_not_have_are_refused_by_field() {
        var items = merged(from(1, 5, 1, 1, 1, 1, -1), from(7, 1), from(15, 1), from(21, 1));

        assertThat(refusedFields(() -> score(items)))
                .containsExactlyInAnyOrder(
                        QuestionnaireFields.item(1), QuestionnaireFields.item(6), QuestionnaireFields.ANSWERS);
    }

    @Test
    void the_items_keep_the_printed_order_and_scales() {
        var items = Pfdi20.SCORING.items();

        assertThat(items).hasSize(20);
        assertThat(items).extracting(QuestionItem::number).startsWith(1, 2).endsWith(19, 20);
        assertThat(items.get(5).scale()).contains(Scale.POPDI_6);
        assertThat(items.get(6).scale()).contains(Scale.CRADI_8);
        assertThat(items.get(13).scale()).contains(Scale.CRADI_8);
        assertThat(items.get(14).scale()).contains(Scale.UDI_6);
        assertThat(items.getFirst().options())
                .extracting(AnswerOption::label)
                .first()
                .isEqualTo("No");
    }
}
