package app.floorplan.core.questionnaire;

import static app.floorplan.core.testing.Refusals.refusals;
import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.validation.Violation;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PFIQ-7 scoring [BARBER-2005]: seven questions answered for the bladder (UIQ-7), the bowel (CRAIQ-7) and the pelvis
 * (POPIQ-7), 0-3 each; each scale the mean of its answered items x 100/3, the total their sum (0-300).
 */
class Pfiq7Test {

    /** Scores per scale in question order: {bladder[7], bowel[7], pelvis[7]}; -1 leaves an item unanswered. */
    private static QuestionnaireScore score(int[] bladder, int[] bowel, int[] pelvis) {
        var items = new HashMap<Integer, Integer>();
        int[][] scales = {bladder, bowel, pelvis};
        for (int scale = 1; scale <= 3; scale++) {
            for (int question = 1; question <= 7; question++) {
                int value = scales[scale - 1][question - 1];
                if (value >= 0) {
                    items.put(Pfiq7.number(question, scale), value);
                }
            }
        }
        return Instrument.PFIQ_7.scoring().score(QuestionnaireAnswers.ofInts(Instrument.PFIQ_7, items));
    }

    private static int[] all(int value) {
        return new int[] {value, value, value, value, value, value, value};
    }

    @Test
    void barber_2005_each_scale_is_the_mean_of_its_items_times_100_over_3() {
        // UIQ-7 all 1: mean 1 -> 33.33; CRAIQ-7 all 0 -> 0; POPIQ-7 3+3 of 7: mean 6/7 -> 28.57;
        // total 100/3 + 200/7 = 61.904... -> 61.90
        var score = score(all(1), all(0), new int[] {3, 3, 0, 0, 0, 0, 0});

        assertThat(score.scales())
                .extracting(ScaleScore::scale, scale -> scale.score().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Scale.UIQ_7, "33.33"),
                        org.assertj.core.groups.Tuple.tuple(Scale.CRAIQ_7, "0.00"),
                        org.assertj.core.groups.Tuple.tuple(Scale.POPIQ_7, "28.57"));
        assertThat(score.total()).isEqualByComparingTo("61.90");
    }

    @Test
    void barber_2005_missing_items_are_left_out_of_the_mean() {
        // UIQ-7: six answers of 2, question 7 missing: mean 2 -> 66.67
        var score = score(new int[] {2, 2, 2, 2, 2, 2, -1}, all(0), all(0));

        assertThat(score.scales().getFirst().score()).isEqualByComparingTo("66.67");
        assertThat(score.answered()).isEqualTo(20);
    }

    @Test
    void the_total_runs_from_0_to_300() {
        assertThat(score(all(0), all(0), all(0)).total()).isEqualByComparingTo("0");
        assertThat(score(all(3), all(3), all(3)).total()).isEqualByComparingTo("300");
    }

    @Test
    void with_every_item_missing_or_a_whole_scale_missing_it_cannot_be_scored() {
        assertThat(refusals(() -> score(all(-1), all(-1), all(-1)))).hasSize(3);
        assertThat(refusals(() -> score(all(1), all(-1), all(1))))
                .singleElement()
                .extracting(Violation::message)
                .asString()
                .contains("CRAIQ-7");
    }

    @Test
    void a_4_is_out_of_range_and_item_14_does_not_exist() {
        var items = new HashMap<Integer, Integer>();
        for (int question = 1; question <= 7; question++) {
            for (int scale = 1; scale <= 3; scale++) {
                items.put(Pfiq7.number(question, scale), 0);
            }
        }
        items.put(Pfiq7.number(2, 2), 4);
        items.put(14, 1);

        assertThat(refusedFields(
                        () -> Pfiq7.SCORING.score(QuestionnaireAnswers.ofInts(Instrument.PFIQ_7, Map.copyOf(items)))))
                .containsExactlyInAnyOrder(QuestionnaireFields.item(22), QuestionnaireFields.ANSWERS);
    }

    @Test
    void there_are_21_items_question_by_scale() {
        assertThat(Pfiq7.SCORING.items()).hasSize(21);
        assertThat(Pfiq7.SCORING.items().get(4).number()).isEqualTo(22);
        assertThat(Pfiq7.SCORING.items().get(4).scale()).contains(Scale.CRAIQ_7);
        assertThat(Pfiq7.SCORING.items().get(4).topic()).contains("question 2").contains("bowel");
    }
}
