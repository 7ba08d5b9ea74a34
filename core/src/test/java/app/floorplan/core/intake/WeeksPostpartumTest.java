package app.floorplan.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeeksPostpartumTest {

    private static final LocalDate BIRTH = LocalDate.of(2026, 10, 1);

    @ParameterizedTest(name = "{0} days after the birth is {1} weeks {2} days: \"{3}\"")
    @CsvSource({
        "0, 0, 0, 0 weeks",
        "4, 0, 4, 4 days",
        "7, 1, 0, 1 week",
        "8, 1, 1, 1 week 1 day",
        "45, 6, 3, 6 weeks 3 days"
    })
    void weeks_postpartum_are_completed_weeks_and_days(int daysAfter, int weeks, int days, String label) {
        var since = WeeksPostpartum.since(BIRTH, BIRTH.plusDays(daysAfter));

        assertThat(since).isEqualTo(new WeeksPostpartum(weeks, days));
        assertThat(since.totalDays()).isEqualTo(daysAfter);
        assertThat(since.label()).isEqualTo(label);
    }

    @Test
    void a_day_before_the_birth_has_no_weeks_postpartum() {
        assertThatIllegalArgumentException().isThrownBy(() -> WeeksPostpartum.since(BIRTH, BIRTH.minusDays(1)));
    }

    @Test
    void days_beyond_a_week_are_not_a_valid_value() {
        assertThatIllegalArgumentException().isThrownBy(() -> new WeeksPostpartum(1, 7));
        assertThatIllegalArgumentException().isThrownBy(() -> new WeeksPostpartum(-1, 0));
    }
}
