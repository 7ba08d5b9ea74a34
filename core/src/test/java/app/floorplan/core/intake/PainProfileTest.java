package app.floorplan.core.intake;

import static app.floorplan.core.intake.IntakeFixtures.TODAY;
import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PainProfileTest {

    private static PainProfile pain(int now, int worst, Optional<LocalDate> since) {
        return PainProfile.create(
                now,
                worst,
                Set.of(PainSite.LOWER_BACK, PainSite.HIPS_GLUTES),
                Set.of(PainCharacter.ACHE, PainCharacter.SHARP),
                Set.of(AggravatingActivity.LIFTING_BABY, AggravatingActivity.FEEDING_HUNCHED),
                since,
                TODAY);
    }

    @Test
    void a_pain_profile_keeps_what_the_patient_reported() {
        var pain = pain(3, 7, Optional.of(LocalDate.of(2026, 6, 1)));

        assertThat(pain.now()).isEqualTo(NumericPainRating.of(3));
        assertThat(pain.worstLastWeek()).isEqualTo(NumericPainRating.of(7));
        assertThat(pain.sites()).containsExactlyInAnyOrder(PainSite.LOWER_BACK, PainSite.HIPS_GLUTES);
        assertThat(pain.character()).containsExactlyInAnyOrder(PainCharacter.ACHE, PainCharacter.SHARP);
        assertThat(pain.aggravatingActivities())
                .containsExactlyInAnyOrder(AggravatingActivity.LIFTING_BABY, AggravatingActivity.FEEDING_HUNCHED);
        assertThat(pain.since()).contains(LocalDate.of(2026, 6, 1));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 10})
    void pain_ratings_from_0_to_10_are_accepted(int rating) {
        assertThat(NumericPainRating.of(rating).value()).isEqualTo(rating);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 11})
    void pain_ratings_outside_0_to_10_are_refused(int rating) {
        assertThat(refusedFields(() -> NumericPainRating.of(rating))).containsExactly("pain.nrs");
    }

    @ParameterizedTest(name = "now {0}, worst {1} refuses {2}")
    @CsvSource({
        "-1, 5, pain.nrsNow",
        "11, 11, pain.nrsNow",
        "2, 11, pain.nrsWorstLastWeek",
        "0, -1, pain.nrsWorstLastWeek"
    })
    void an_out_of_range_rating_is_refused_under_its_own_field(int now, int worst, String field) {
        assertThat(refusedFields(() -> pain(now, worst, Optional.empty()))).contains(field);
    }

    @Test
    void the_worst_pain_in_the_last_week_cannot_be_lower_than_the_pain_now() {
        assertThat(refusedFields(() -> pain(6, 5, Optional.empty()))).containsExactly("pain.nrsWorstLastWeek");
        assertThat(pain(6, 6, Optional.empty()).worstLastWeek().value()).isEqualTo(6);
    }

    @Test
    void the_constructor_used_to_rebuild_stored_profiles_checks_worst_against_now_too() {
        assertThat(refusedFields(() -> new PainProfile(
                        NumericPainRating.of(6),
                        NumericPainRating.of(2),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        Optional.empty())))
                .containsExactly("pain.nrsWorstLastWeek");
    }

    @Test
    void pain_since_today_is_accepted_and_since_tomorrow_is_refused() {
        assertThat(pain(2, 2, Optional.of(TODAY)).since()).contains(TODAY);
        assertThat(refusedFields(() -> pain(2, 2, Optional.of(TODAY.plusDays(1)))))
                .containsExactly("pain.since");
    }

    @Test
    void every_problem_is_reported_at_once() {
        assertThat(refusedFields(() -> pain(11, -1, Optional.of(TODAY.plusDays(1)))))
                .containsExactlyInAnyOrder("pain.nrsNow", "pain.nrsWorstLastWeek", "pain.since");
    }

    @Test
    void a_rating_reads_as_a_score_out_of_10() {
        assertThat(NumericPainRating.of(7).label()).isEqualTo("7/10");
    }
}
