package app.floorplan.core.intake;

import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BabywearingTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "1.5", "24"})
    void zero_to_24_hours_a_day_are_accepted(String hours) {
        assertThat(Babywearing.of(true, Optional.of(new BigDecimal(hours))).hoursPerDay())
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(hours));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.1", "24.1", "1.25"})
    void hours_outside_0_to_24_or_finer_than_a_tenth_are_refused(String hours) {
        assertThat(refusedFields(() -> Babywearing.of(true, Optional.of(new BigDecimal(hours)))))
                .containsExactly("babywearing.hoursPerDay");
    }

    @Test
    void hours_without_babywearing_are_refused() {
        assertThat(refusedFields(() -> Babywearing.of(false, Optional.of(BigDecimal.ONE))))
                .containsExactly("babywearing.hoursPerDay");
    }

    @Test
    void babywearing_without_hours_is_fine_when_the_patient_cannot_say() {
        assertThat(Babywearing.of(true, Optional.empty()).wearsBaby()).isTrue();
        assertThat(Babywearing.none().wearsBaby()).isFalse();
    }
}
