package app.floorplan.core.intake;

import static app.floorplan.core.intake.IntakeFixtures.BORN;
import static app.floorplan.core.intake.IntakeFixtures.TODAY;
import static app.floorplan.core.intake.IntakeFixtures.delivery;
import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ObstetricHistoryTest {

    private static final LocalDate SPRING = LocalDate.of(2026, 5, 1);

    private static ObstetricHistory create(int gravida, int para, List<Delivery> deliveries) {
        return ObstetricHistory.create(gravida, para, deliveries, Feeding.PARTIAL, Babywearing.none(), BORN, TODAY);
    }

    @Test
    void a_first_time_mother_with_one_delivery_is_recorded() {
        var history = create(1, 1, List.of(delivery(SPRING, DeliveryMode.SPONTANEOUS_VAGINAL)));

        assertThat(history.gravida()).isEqualTo(1);
        assertThat(history.para()).isEqualTo(1);
        assertThat(history.deliveries()).hasSize(1);
        assertThat(history.feeding()).isEqualTo(Feeding.PARTIAL);
    }

    @Test
    void a_woman_who_was_never_pregnant_has_gravida_and_para_0() {
        var history = create(0, 0, List.of());

        assertThat(history.latestDelivery()).isEmpty();
        assertThat(history.hadCaesarean()).isFalse();
    }

    @ParameterizedTest(name = "gravida {0}, para {1} refuses {2}")
    @CsvSource({"-1, 0, obstetric.gravida", "1, -1, obstetric.para", "1, 2, obstetric.para"})
    void negative_counts_and_more_births_than_pregnancies_are_refused(int gravida, int para, String field) {
        assertThat(refusedFields(() -> create(gravida, para, List.of()))).contains(field);
    }

    @Test
    void para_may_equal_gravida_but_not_exceed_it() {
        assertThat(create(2, 2, List.of()).para()).isEqualTo(2);
        assertThat(refusedFields(() -> create(2, 3, List.of()))).containsExactly("obstetric.para");
    }

    @Test
    void a_miscarriage_counts_in_gravida_but_not_in_para() {
        assertThat(create(2, 1, List.of(delivery(SPRING, DeliveryMode.VACUUM))).para())
                .isEqualTo(1);
    }

    @Test
    void more_recorded_deliveries_than_para_are_refused() {
        var twoDeliveries = List.of(
                delivery(LocalDate.of(2023, 1, 10), DeliveryMode.SPONTANEOUS_VAGINAL),
                delivery(SPRING, DeliveryMode.FORCEPS));

        assertThat(refusedFields(() -> create(2, 1, twoDeliveries))).containsExactly("obstetric.deliveries");
        assertThat(create(2, 2, twoDeliveries).deliveries()).hasSize(2);
    }

    @Test
    void fewer_recorded_deliveries_than_para_are_fine_since_older_births_may_be_left_out() {
        assertThat(create(3, 3, List.of(delivery(SPRING, DeliveryMode.SPONTANEOUS_VAGINAL)))
                        .deliveries())
                .hasSize(1);
    }

    @Test
    void a_delivery_today_is_accepted_and_tomorrow_is_refused() {
        assertThat(create(1, 1, List.of(delivery(TODAY, DeliveryMode.VBAC)))
                        .latestDelivery()
                        .map(Delivery::date))
                .contains(TODAY);
        assertThat(refusedFields(() -> create(1, 1, List.of(delivery(TODAY.plusDays(1), DeliveryMode.VBAC)))))
                .containsExactly("obstetric.deliveries[0].date");
    }

    @Test
    void a_delivery_before_the_patients_birth_is_refused_and_on_her_birthday_is_not() {
        assertThat(refusedFields(() -> create(1, 1, List.of(delivery(BORN.minusDays(1), DeliveryMode.VACUUM)))))
                .containsExactly("obstetric.deliveries[0].date");
        assertThat(create(1, 1, List.of(delivery(BORN, DeliveryMode.VACUUM))).deliveries())
                .hasSize(1);
    }

    @Test
    void the_field_key_names_the_delivery_that_is_wrong() {
        var deliveries = List.of(
                delivery(LocalDate.of(2023, 1, 10), DeliveryMode.SPONTANEOUS_VAGINAL),
                delivery(TODAY.plusWeeks(2), DeliveryMode.PLANNED_CAESAREAN));

        assertThat(refusedFields(() -> create(2, 2, deliveries))).containsExactly("obstetric.deliveries[1].date");
    }

    @Test
    void every_problem_is_reported_at_once() {
        var deliveries = List.of(
                delivery(BORN.minusYears(1), DeliveryMode.SPONTANEOUS_VAGINAL),
                delivery(TODAY.plusDays(1), DeliveryMode.SPONTANEOUS_VAGINAL));

        assertThat(refusedFields(() -> create(0, 1, deliveries)))
                .containsExactlyInAnyOrder(
                        "obstetric.para",
                        "obstetric.deliveries",
                        "obstetric.deliveries[0].date",
                        "obstetric.deliveries[1].date");
    }

    @Test
    void the_constructor_used_to_rebuild_stored_histories_still_checks_the_counts() {
        assertThat(refusedFields(() -> new ObstetricHistory(1, 2, List.of(), Feeding.NONE, Babywearing.none())))
                .containsExactly("obstetric.para");
    }

    @ParameterizedTest
    @EnumSource(
            value = DeliveryMode.class,
            names = {"PLANNED_CAESAREAN", "EMERGENCY_CAESAREAN", "VBAC"})
    void a_caesarean_or_a_vbac_means_the_patient_had_a_caesarean(DeliveryMode mode) {
        assertThat(create(1, 1, List.of(delivery(SPRING, mode))).hadCaesarean()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = DeliveryMode.class,
            names = {"SPONTANEOUS_VAGINAL", "VACUUM", "FORCEPS"})
    void vaginal_births_mean_no_caesarean(DeliveryMode mode) {
        assertThat(create(1, 1, List.of(delivery(SPRING, mode))).hadCaesarean()).isFalse();
    }

    @Test
    void the_latest_delivery_is_the_most_recent_whatever_the_order_entered() {
        var latest = delivery(SPRING, DeliveryMode.FORCEPS);
        var history =
                create(2, 2, List.of(latest, delivery(LocalDate.of(2023, 1, 10), DeliveryMode.SPONTANEOUS_VAGINAL)));

        assertThat(history.latestDelivery()).contains(latest);
    }

    @Test
    void weeks_postpartum_count_from_the_latest_delivery() {
        var history = create(
                2,
                2,
                List.of(
                        delivery(LocalDate.of(2023, 1, 10), DeliveryMode.SPONTANEOUS_VAGINAL),
                        delivery(LocalDate.of(2026, 10, 1), DeliveryMode.SPONTANEOUS_VAGINAL)));

        assertThat(history.weeksPostpartum(LocalDate.of(2026, 11, 15))).contains(new WeeksPostpartum(6, 3));
    }

    @Test
    void without_a_delivery_there_are_no_weeks_postpartum() {
        assertThat(create(1, 0, List.of()).weeksPostpartum(TODAY)).isEmpty();
    }
}
