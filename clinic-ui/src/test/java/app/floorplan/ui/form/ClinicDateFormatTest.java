package app.floorplan.ui.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ClinicDateFormatTest {

    private static final LocalDate PI_DAY = LocalDate.of(1992, 3, 14);

    @Test
    void the_default_writes_dates_as_the_example_under_the_field_shows_them() {
        assertThat(new ClinicDateFormat().format(PI_DAY)).isEqualTo("14.3.1992");
    }

    @Test
    void an_en_us_browser_gets_the_clinics_format_first_then_its_own_then_iso() {
        assertThat(new ClinicDateFormat().accepted(Locale.US)).containsExactly("d.M.yyyy", "M/d/yyyy", "yyyy-MM-dd");
    }

    @Test
    void a_german_browser_writes_dates_like_the_clinic_so_they_are_offered_once() {
        assertThat(new ClinicDateFormat().accepted(Locale.GERMANY)).containsExactly("d.M.yyyy", "yyyy-MM-dd");
    }

    @Test
    void a_clinic_can_set_its_own_format_and_the_example_follows_it() {
        ClinicDateFormat us = new ClinicDateFormat("M/d/yyyy");

        assertThat(us.format(PI_DAY)).isEqualTo("3/14/1992");
        assertThat(us.accepted(Locale.GERMANY)).containsExactly("M/d/yyyy", "dd.MM.yyyy", "yyyy-MM-dd");
        assertThat(new ClinicDateFormat("yyyy-MM-dd").format(PI_DAY)).isEqualTo("1992-03-14");
    }

    @Test
    void text_in_the_clinics_format_reads_as_a_date_with_one_or_two_digits_and_only_if_the_day_exists() {
        ClinicDateFormat european = new ClinicDateFormat();
        ClinicDateFormat us = new ClinicDateFormat("MM/dd/yyyy");

        assertThat(european.parse(" 14.3.1992 ")).contains(PI_DAY);
        assertThat(european.parse("14.03.1992")).contains(PI_DAY);
        assertThat(us.parse("3/14/1992")).contains(PI_DAY);
        assertThat(us.parse("03/14/1992")).contains(PI_DAY);
        assertThat(european.parse("31.2.1992")).isEmpty();
        assertThat(european.parse("3/14/1992")).isEmpty();
        assertThat(us.parse("14.3.1992")).isEmpty();
        assertThat(european.parse("Berg")).isEmpty();
    }

    @Test
    void a_moment_is_written_with_the_clinics_date_and_a_24_hour_time_in_the_clinics_zone() {
        Instant afternoon = Instant.parse("2026-03-14T13:05:00Z");

        assertThat(new ClinicDateFormat().format(afternoon, ZoneId.of("Europe/Berlin")))
                .isEqualTo("14.3.2026 14:05");
        assertThat(new ClinicDateFormat("M/d/yyyy").format(afternoon, ZoneId.of("America/New_York")))
                .isEqualTo("3/14/2026 09:05");
    }

    @Test
    void a_format_that_is_not_a_numeric_date_is_refused_at_start_up_with_examples() {
        for (String wrong : new String[] {"d MMM yyyy", "d.M.yy", "dd.MM", "yyyy-dd-dd", "d.M/yyyy"}) {
            assertThatThrownBy(() -> new ClinicDateFormat(wrong))
                    .as(wrong)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("d.M.yyyy");
        }
    }
}
