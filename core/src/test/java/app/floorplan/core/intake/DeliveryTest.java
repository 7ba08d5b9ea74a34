package app.floorplan.core.intake;

import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeliveryTest {

    private static final LocalDate DATE = LocalDate.of(2026, 5, 1);

    private static Delivery withWeight(String kilograms) {
        return Delivery.of(
                DATE,
                DeliveryMode.SPONTANEOUS_VAGINAL,
                PerinealTrauma.SECOND_DEGREE,
                true,
                Optional.of(new BigDecimal(kilograms)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.3", "3.450", "7.0"})
    void birth_weights_from_0_3_to_7_kg_are_accepted(String kilograms) {
        assertThat(withWeight(kilograms).birthWeight()).contains(BirthWeight.ofKilograms(new BigDecimal(kilograms)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.299", "7.001", "-3.4", "0"})
    void birth_weights_outside_0_3_to_7_kg_are_refused(String kilograms) {
        assertThat(refusedFields(() -> withWeight(kilograms))).containsExactly("delivery.birthWeightKg");
    }

    @Test
    void birth_weight_is_recorded_to_the_gram_not_finer() {
        assertThat(refusedFields(() -> withWeight("3.4505"))).containsExactly("delivery.birthWeightKg");
    }

    @Test
    void the_same_weight_typed_with_trailing_zeros_is_the_same_weight() {
        assertThat(BirthWeight.ofKilograms(new BigDecimal("3.50")))
                .isEqualTo(BirthWeight.ofKilograms(new BigDecimal("3.5")));
    }

    @Test
    void the_birth_weight_is_optional() {
        var delivery = Delivery.of(DATE, DeliveryMode.VACUUM, PerinealTrauma.EPISIOTOMY, false, Optional.empty());

        assertThat(delivery.birthWeight()).isEmpty();
        assertThat(delivery.epiduralOrSpinal()).isFalse();
    }

    @Test
    void a_planned_caesarean_with_perineal_trauma_is_refused() {
        assertThat(refusedFields(() -> Delivery.of(
                        DATE, DeliveryMode.PLANNED_CAESAREAN, PerinealTrauma.THIRD_A, true, Optional.empty())))
                .containsExactly("delivery.perinealTrauma");
    }

    @ParameterizedTest
    @EnumSource(PerinealTrauma.class)
    void an_emergency_caesarean_may_follow_a_tear_or_episiotomy_from_an_attempted_vaginal_birth(PerinealTrauma trauma) {
        assertThat(Delivery.of(DATE, DeliveryMode.EMERGENCY_CAESAREAN, trauma, true, Optional.empty())
                        .perinealTrauma())
                .isEqualTo(trauma);
    }

    @Test
    void every_problem_of_a_delivery_is_reported_at_once() {
        assertThat(refusedFields(() -> Delivery.of(
                        DATE,
                        DeliveryMode.PLANNED_CAESAREAN,
                        PerinealTrauma.FIRST_DEGREE,
                        true,
                        Optional.of(new BigDecimal("9")))))
                .containsExactlyInAnyOrder("delivery.birthWeightKg", "delivery.perinealTrauma");
    }

    @Test
    void every_mode_and_trauma_has_a_plain_label() {
        assertThat(DeliveryMode.values())
                .allSatisfy(mode -> assertThat(mode.label()).isNotBlank());
        assertThat(PerinealTrauma.THIRD_B.label()).isEqualTo("3b tear");
        assertThat(Feeding.NONE.label()).isEqualTo("No breastfeeding (bottle)");
    }
}
