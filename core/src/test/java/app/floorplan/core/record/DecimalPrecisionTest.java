package app.floorplan.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalPrecisionTest {

    @ParameterizedTest
    @CsvSource({"28.0, 28", "28.50, 28.5", "100, 100", "1E+2, 100", "0.000, 0"})
    void equal_readings_are_normalized_to_the_same_plain_value(String typed, String normalized) {
        assertThat(DecimalPrecision.normalized(new BigDecimal(typed)).toString())
                .isEqualTo(normalized);
    }

    @ParameterizedTest
    @CsvSource({"23.5, 1, true", "23.50, 1, true", "23.55, 1, false", "3.450, 3, true", "3.4501, 3, false"})
    void trailing_zeros_do_not_count_as_decimal_places(String value, int places, boolean allowed) {
        assertThat(DecimalPrecision.hasAtMostPlaces(new BigDecimal(value), places))
                .isEqualTo(allowed);
    }
}
