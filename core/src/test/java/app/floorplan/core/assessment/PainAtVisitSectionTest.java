package app.floorplan.core.assessment;

import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.intake.NumericPainRating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PainAtVisitSectionTest {

    @Test
    void pain_at_the_visit_keeps_both_ratings() {
        var pain = PainAtVisitSection.of(3, 7);

        assertThat(pain.now()).isEqualTo(NumericPainRating.of(3));
        assertThat(pain.worstLastWeek()).isEqualTo(NumericPainRating.of(7));
    }

    @ParameterizedTest(name = "now {0}, worst {1} refuses {2}")
    @CsvSource({
        "-1, 5, painAtVisit.nrsNow",
        "11, 10, painAtVisit.nrsNow",
        "2, 11, painAtVisit.nrsWorstLastWeek",
        "0, -1, painAtVisit.nrsWorstLastWeek"
    })
    void a_rating_outside_0_to_10_is_refused_under_its_own_field(int now, int worst, String field) {
        assertThat(refusedFields(() -> PainAtVisitSection.of(now, worst))).containsExactly(field);
    }

    @Test
    void both_ratings_out_of_range_are_refused_at_once() {
        assertThat(refusedFields(() -> PainAtVisitSection.of(12, -3)))
                .containsExactlyInAnyOrder(PainAtVisitSection.FIELD_NOW, PainAtVisitSection.FIELD_WORST_LAST_WEEK);
    }

    @Test
    void the_worst_pain_in_the_last_week_cannot_be_below_the_pain_now() {
        assertThat(refusedFields(() -> PainAtVisitSection.of(6, 4)))
                .containsExactly(PainAtVisitSection.FIELD_WORST_LAST_WEEK);
        assertThat(refusedFields(() -> new PainAtVisitSection(NumericPainRating.of(6), NumericPainRating.of(4))))
                .containsExactly(PainAtVisitSection.FIELD_WORST_LAST_WEEK);
        assertThat(PainAtVisitSection.of(5, 5).worstLastWeek()).isEqualTo(NumericPainRating.of(5));
    }
}
