package app.floorplan.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.questionnaire.ChangeKind;
import app.floorplan.core.questionnaire.MeaningfulChange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** First versus latest: improved or worse beyond the change that counts, changed less, or direction only. */
class SummaryRowTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final MeaningfulChange TWENTY_FOUR =
            MeaningfulChange.of("24", ChangeKind.MINIMAL_IMPORTANT_CHANGE, "KARJALAINEN-2021", "test");

    private static MeasureSeries series(boolean higherIsWorse, Optional<MeaningfulChange> change, int... values) {
        var points = new java.util.ArrayList<SeriesPoint>();
        for (int index = 0; index < values.length; index++) {
            points.add(SeriesPoint.of(START.plusWeeks(index), values[index]));
        }
        return new MeasureSeries(
                "PFDI-20",
                MeasureGroup.QUESTIONNAIRES,
                "points",
                BigDecimal.ZERO,
                BigDecimal.valueOf(300),
                higherIsWorse,
                change,
                "",
                true,
                List.copyOf(points));
    }

    private static Verdict verdict(MeasureSeries series) {
        return SummaryRow.of(series).verdict();
    }

    @Test
    void a_drop_of_the_minimal_important_change_or_more_on_a_lower_is_better_score_is_improved_beyond_it() {
        assertThat(verdict(series(true, Optional.of(TWENTY_FOUR), 140, 130, 116)))
                .isEqualTo(Verdict.IMPROVED_BEYOND);
        assertThat(verdict(series(true, Optional.of(TWENTY_FOUR), 140, 117))).isEqualTo(Verdict.CHANGED_LESS);
        assertThat(verdict(series(true, Optional.of(TWENTY_FOUR), 100, 124))).isEqualTo(Verdict.WORSE_BEYOND);
        assertThat(verdict(series(true, Optional.of(TWENTY_FOUR), 100, 100))).isEqualTo(Verdict.CHANGED_LESS);
    }

    @Test
    void on_a_higher_is_better_score_a_rise_is_the_improvement() {
        var psfs = MeaningfulChange.of("2", ChangeKind.MINIMAL_DETECTABLE_CHANGE, "STRATFORD-1995", "test");

        assertThat(verdict(series(false, Optional.of(psfs), 3, 5))).isEqualTo(Verdict.IMPROVED_BEYOND);
        assertThat(verdict(series(false, Optional.of(psfs), 5, 3))).isEqualTo(Verdict.WORSE_BEYOND);
    }

    @Test
    void without_a_published_threshold_only_the_direction_is_given() {
        assertThat(verdict(series(false, Optional.empty(), 2, 3))).isEqualTo(Verdict.IMPROVED);
        assertThat(verdict(series(false, Optional.empty(), 3, 2))).isEqualTo(Verdict.WORSE);
        assertThat(verdict(series(false, Optional.empty(), 3, 3))).isEqualTo(Verdict.UNCHANGED);
    }

    @Test
    void a_measure_taken_once_has_nothing_to_compare() {
        var row = SummaryRow.of(series(true, Optional.of(TWENTY_FOUR), 80));

        assertThat(row.verdict()).isEqualTo(Verdict.ONCE);
        assertThat(row.difference()).isEqualByComparingTo("0");
    }
}
