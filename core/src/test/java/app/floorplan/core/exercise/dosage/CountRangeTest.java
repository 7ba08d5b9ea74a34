package app.floorplan.core.exercise.dosage;

import static app.floorplan.core.testing.Refusals.refusals;
import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountRangeTest {

    @Test
    void an_exact_count_reads_as_one_number() {
        var five = CountRange.exactly(5);

        assertThat(five.isExact()).isTrue();
        assertThat(five.text()).isEqualTo("5");
        assertThat(five.isOne()).isFalse();
        assertThat(CountRange.exactly(1).isOne()).isTrue();
    }

    @Test
    void a_range_reads_low_dash_high_and_is_never_singular() {
        var range = CountRange.between(1, 2);

        assertThat(range.isExact()).isFalse();
        assertThat(range.text()).isEqualTo("1-2");
        assertThat(range.isOne()).isFalse();
    }

    @Test
    void a_count_below_one_is_refused() {
        assertThat(refusals(() -> CountRange.exactly(0))).hasSize(1);
    }

    @Test
    void a_range_written_high_to_low_is_refused() {
        assertThat(refusals(() -> CountRange.between(10, 8)).getFirst().message())
                .contains("smaller number first");
    }

    @ParameterizedTest
    @CsvSource({"8, 8, 8", "8-10, 8, 10", " 8 - 10 , 8, 10", "8\u201310, 8, 10", "3-3, 3, 3"})
    void what_a_clinician_types_is_read_as_a_count_or_range(String typed, int low, int high) {
        assertThat(CountRange.parse(DosageFields.REPS, typed)).isEqualTo(new CountRange(low, high));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "8-", "-8", "8-10-12", "0", "0-3", "10-8", "8 to 10"})
    void typed_text_that_is_not_a_valid_count_is_refused_on_the_given_field(String typed) {
        assertThat(refusedFields(() -> CountRange.parse(DosageFields.REPS, typed)))
                .containsExactly(DosageFields.REPS);
    }
}
