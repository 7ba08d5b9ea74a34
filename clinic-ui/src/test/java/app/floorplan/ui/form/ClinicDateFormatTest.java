package app.floorplan.ui.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
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
    void a_format_that_is_not_a_numeric_date_is_refused_at_start_up_with_examples() {
        for (String wrong : new String[] {"d MMM yyyy", "d.M.yy", "dd.MM", "yyyy-dd-dd", "d.M/yyyy"}) {
            assertThatThrownBy(() -> new ClinicDateFormat(wrong))
                    .as(wrong)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("d.M.yyyy");
        }
    }
}
