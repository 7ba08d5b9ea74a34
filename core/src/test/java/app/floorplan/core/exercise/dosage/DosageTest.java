package app.floorplan.core.exercise.dosage;

import static app.floorplan.core.testing.Refusals.refusals;
import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DosageTest {

    /** The smallest dosage that says something, so each test varies one thing. */
    private static Dosage.Builder tenReps() {
        return Dosage.builder().reps(10);
    }

    private static Dosage accepted(UnaryOperator<Dosage.Builder> change) {
        return change.apply(tenReps()).build();
    }

    private static List<String> refused(UnaryOperator<Dosage.Builder> change) {
        return refusedFields(() -> change.apply(tenReps()).build());
    }

    @Test
    void a_dosage_keeps_every_value_it_was_given() {
        var dosage = Dosage.builder()
                .sets(2, 3)
                .reps(8, 10)
                .holdSeconds(5)
                .perSide()
                .timesPerDay(2)
                .daysPerWeek(5)
                .restSeconds(30)
                .load("  2 kg ")
                .build();

        assertThat(dosage.sets()).contains(CountRange.between(2, 3));
        assertThat(dosage.reps()).contains(CountRange.between(8, 10));
        assertThat(dosage.holdSeconds()).contains(CountRange.exactly(5));
        assertThat(dosage.holdBreaths()).isEmpty();
        assertThat(dosage.perSide()).isTrue();
        assertThat(dosage.duration()).isEmpty();
        assertThat(dosage.timesPerDay()).hasValue(2);
        assertThat(dosage.daysPerWeek()).hasValue(5);
        assertThat(dosage.restSeconds()).hasValue(30);
        assertThat(dosage.load()).contains("2 kg");
    }

    @Test
    void a_dosage_round_trips_through_its_builder() {
        var dosage = Dosage.builder()
                .sets(2, 3)
                .holdBreaths(3, 5)
                .perSide()
                .daysPerWeek(7)
                .build();

        assertThat(dosage.toBuilder().build()).isEqualTo(dosage);
        assertThat(dosage.toBuilder().holdBreaths(5, 8).build().holdBreaths()).contains(CountRange.between(5, 8));
    }

    @Test
    void ranges_typed_into_single_inputs_feed_the_builder() {
        var dosage = Dosage.builder()
                .sets(CountRange.parse(DosageFields.SETS, "2-3"))
                .reps(CountRange.parse(DosageFields.REPS, "8 - 10"))
                .holdSeconds(CountRange.parse(DosageFields.HOLD_SECONDS, "5"))
                .build();

        assertThat(dosage.sets()).contains(CountRange.between(2, 3));
        assertThat(dosage.reps()).contains(CountRange.between(8, 10));
        assertThat(dosage.holdSeconds()).contains(CountRange.exactly(5));
        assertThat(Dosage.builder()
                        .holdBreaths(CountRange.parse(DosageFields.HOLD_BREATHS, "3-5"))
                        .build()
                        .holdBreaths())
                .contains(CountRange.between(3, 5));
    }

    @Test
    void a_blank_load_means_no_load() {
        assertThat(tenReps().load("   ").build().load()).isEmpty();
    }

    @Nested
    class Bounds {

        @ParameterizedTest
        @CsvSource({"1, 1", "20, 20", "1, 20"})
        void sets_from_1_to_20_are_accepted(int low, int high) {
            assertThat(accepted(dosage -> dosage.sets(low, high)).sets()).contains(CountRange.between(low, high));
        }

        @ParameterizedTest
        @CsvSource({"0, 0", "21, 21", "0, 3", "2, 21", "-1, 2"})
        void sets_outside_1_to_20_are_refused(int low, int high) {
            assertThat(refused(dosage -> dosage.sets(low, high))).containsExactly(DosageFields.SETS);
        }

        @ParameterizedTest
        @CsvSource({"1, 1", "100, 100"})
        void reps_from_1_to_100_are_accepted(int low, int high) {
            assertThat(accepted(dosage -> dosage.reps(low, high)).reps()).contains(CountRange.between(low, high));
        }

        @ParameterizedTest
        @CsvSource({"0, 0", "101, 101", "50, 101"})
        void reps_outside_1_to_100_are_refused(int low, int high) {
            assertThat(refused(dosage -> dosage.reps(low, high))).containsExactly(DosageFields.REPS);
        }

        @ParameterizedTest
        @CsvSource({"1, 1", "300, 300", "5, 10"})
        void holds_from_1_to_300_seconds_are_accepted(int low, int high) {
            assertThat(accepted(dosage -> dosage.holdSeconds(low, high)).holdSeconds())
                    .contains(CountRange.between(low, high));
        }

        @ParameterizedTest
        @CsvSource({"0, 0", "301, 301", "0, 10", "10, 301"})
        void holds_outside_1_to_300_seconds_are_refused(int low, int high) {
            assertThat(refused(dosage -> dosage.holdSeconds(low, high))).containsExactly(DosageFields.HOLD_SECONDS);
        }

        @ParameterizedTest
        @CsvSource({"1, 1", "20, 20", "3, 5"})
        void holds_from_1_to_20_breaths_are_accepted(int low, int high) {
            assertThat(accepted(dosage -> dosage.holdBreaths(low, high)).holdBreaths())
                    .contains(CountRange.between(low, high));
        }

        @ParameterizedTest
        @CsvSource({"0, 0", "21, 21", "3, 21"})
        void holds_outside_1_to_20_breaths_are_refused(int low, int high) {
            assertThat(refused(dosage -> dosage.holdBreaths(low, high))).containsExactly(DosageFields.HOLD_BREATHS);
        }

        @Test
        void a_range_written_high_to_low_is_refused_on_its_own_field() {
            var violations = refusals(() -> tenReps().sets(3, 2).build());

            assertThat(violations).singleElement().satisfies(violation -> {
                assertThat(violation.field()).isEqualTo(DosageFields.SETS);
                assertThat(violation.message()).contains("smaller number first");
            });
            assertThat(refusedFields(() -> Dosage.builder().reps(10, 8).build()))
                    .containsExactly(DosageFields.REPS);
            assertThat(refused(dosage -> dosage.holdSeconds(10, 5))).containsExactly(DosageFields.HOLD_SECONDS);
            assertThat(refused(dosage -> dosage.holdBreaths(5, 3))).containsExactly(DosageFields.HOLD_BREATHS);
        }

        @Test
        void a_duration_of_one_second_up_to_120_minutes_is_accepted() {
            assertThat(Dosage.builder().duration(Duration.ofSeconds(1)).build().duration())
                    .contains(Duration.ofSeconds(1));
            assertThat(Dosage.builder().minutes(120).build().duration()).contains(Duration.ofMinutes(120));
        }

        @ParameterizedTest
        @ValueSource(longs = {0, -60, 7201})
        void a_duration_of_zero_negative_or_over_120_minutes_is_refused(long seconds) {
            assertThat(refusedFields(() -> Dosage.builder()
                            .duration(Duration.ofSeconds(seconds))
                            .build()))
                    .containsExactly(DosageFields.DURATION);
        }

        @Test
        void a_duration_with_a_fraction_of_a_second_is_refused() {
            assertThat(refusedFields(() ->
                            Dosage.builder().duration(Duration.ofMillis(1500)).build()))
                    .containsExactly(DosageFields.DURATION);
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 10})
        void one_to_ten_times_a_day_is_accepted(int times) {
            assertThat(accepted(dosage -> dosage.timesPerDay(times)).timesPerDay())
                    .hasValue(times);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 11})
        void zero_or_more_than_ten_times_a_day_is_refused(int times) {
            assertThat(refused(dosage -> dosage.timesPerDay(times))).containsExactly(DosageFields.TIMES_PER_DAY);
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 7})
        void one_to_seven_days_a_week_is_accepted(int days) {
            assertThat(accepted(dosage -> dosage.daysPerWeek(days)).daysPerWeek())
                    .hasValue(days);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 8})
        void zero_or_more_than_seven_days_a_week_is_refused(int days) {
            assertThat(refused(dosage -> dosage.daysPerWeek(days))).containsExactly(DosageFields.DAYS_PER_WEEK);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 600})
        void rest_from_0_to_600_seconds_is_accepted(int seconds) {
            assertThat(accepted(dosage -> dosage.restSeconds(seconds)).restSeconds())
                    .hasValue(seconds);
        }

        @ParameterizedTest
        @ValueSource(ints = {-1, 601})
        void rest_below_0_or_over_600_seconds_is_refused(int seconds) {
            assertThat(refused(dosage -> dosage.restSeconds(seconds))).containsExactly(DosageFields.REST_SECONDS);
        }

        @Test
        void a_load_of_40_characters_is_accepted_and_41_is_refused() {
            assertThat(accepted(dosage -> dosage.load("x".repeat(40))).load()).contains("x".repeat(40));
            assertThat(refused(dosage -> dosage.load("x".repeat(41)))).containsExactly(DosageFields.LOAD);
        }

        @Test
        void a_load_on_two_lines_is_refused() {
            assertThat(refused(dosage -> dosage.load("2 kg\nor a car seat"))).containsExactly(DosageFields.LOAD);
        }
    }

    @Nested
    class Combinations {

        @Test
        void a_dosage_that_says_nothing_about_the_amount_is_refused() {
            assertThat(refusedFields(() -> Dosage.builder().build())).containsExactly(DosageFields.DOSAGE);
            assertThat(refusedFields(() -> Dosage.builder()
                            .sets(3)
                            .perSide()
                            .timesPerDay(2)
                            .daysPerWeek(7)
                            .load("2 kg")
                            .build()))
                    .containsExactly(DosageFields.DOSAGE);
        }

        @Test
        void reps_alone_a_hold_alone_or_a_duration_alone_each_say_enough() {
            Dosage.builder().reps(10).build();
            Dosage.builder().holdSeconds(30).build();
            Dosage.builder().holdBreaths(5).build();
            Dosage.builder().minutes(10).build();
        }

        @Test
        void a_hold_in_seconds_and_in_breaths_at_once_is_refused_on_the_breaths() {
            assertThat(refusedFields(() ->
                            Dosage.builder().holdSeconds(10).holdBreaths(3).build()))
                    .containsExactly(DosageFields.HOLD_BREATHS);
        }

        @Test
        void a_duration_together_with_reps_is_refused_on_the_duration() {
            assertThat(refused(dosage -> dosage.minutes(5))).containsExactly(DosageFields.DURATION);
        }

        @Test
        void a_duration_together_with_a_hold_is_refused_on_the_duration() {
            assertThat(refusedFields(
                            () -> Dosage.builder().minutes(5).holdSeconds(10).build()))
                    .containsExactly(DosageFields.DURATION);
        }

        @Test
        void sets_of_a_timed_bout_are_accepted() {
            var dosage = Dosage.builder()
                    .sets(2, 3)
                    .duration(Duration.ofSeconds(30))
                    .perSide()
                    .build();

            assertThat(dosage.duration()).contains(Duration.ofSeconds(30));
        }

        @Test
        void rest_without_sets_or_reps_to_rest_between_is_refused() {
            assertThat(refusedFields(() ->
                            Dosage.builder().holdSeconds(30).restSeconds(30).build()))
                    .containsExactly(DosageFields.REST_SECONDS);
            assertThat(Dosage.builder()
                            .sets(2)
                            .holdSeconds(30)
                            .restSeconds(30)
                            .build()
                            .restSeconds())
                    .hasValue(30);
        }

        @Test
        void every_problem_is_reported_in_one_pass() {
            assertThat(refusedFields(() -> Dosage.builder()
                            .sets(0)
                            .reps(10, 8)
                            .holdSeconds(301)
                            .timesPerDay(0)
                            .daysPerWeek(8)
                            .restSeconds(-1)
                            .load("x".repeat(41))
                            .build()))
                    .containsExactlyInAnyOrder(
                            DosageFields.SETS,
                            DosageFields.REPS,
                            DosageFields.HOLD_SECONDS,
                            DosageFields.TIMES_PER_DAY,
                            DosageFields.DAYS_PER_WEEK,
                            DosageFields.REST_SECONDS,
                            DosageFields.LOAD);
        }
    }

    @Test
    void the_constructor_applies_the_same_rules_so_no_invalid_dosage_can_be_read_back() {
        assertThat(refusedFields(() -> new Dosage(
                        Optional.of(CountRange.exactly(21)),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        false,
                        Optional.empty(),
                        OptionalInt.empty(),
                        OptionalInt.empty(),
                        OptionalInt.empty(),
                        Optional.empty())))
                .containsExactlyInAnyOrder(DosageFields.SETS, DosageFields.DOSAGE);
    }
}
