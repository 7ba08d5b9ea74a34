package app.floorplan.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.exercise.dosage.CountRange;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.session.SessionStep.Holds;
import app.floorplan.core.session.SessionStep.RepCount;
import app.floorplan.core.session.SessionStep.Rest;
import app.floorplan.core.session.SessionStep.SwitchSides;
import app.floorplan.core.session.SessionStep.Timed;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** One scenario per dosage shape: the steps a guided session plays come from the prescription alone. */
class SessionStepsTest {

    private static final CountRange ONE = CountRange.exactly(1);

    @Test
    void plain_reps_are_one_rep_counter() {
        var steps = SessionSteps.of(Dosage.builder().reps(10).build());

        assertThat(steps).containsExactly(new RepCount(CountRange.exactly(10), new Round(1, ONE, Optional.empty())));
    }

    @Test
    void a_rep_range_counts_to_its_lower_bound_and_keeps_the_range_to_show() {
        var steps = SessionSteps.of(Dosage.builder().reps(8, 10).build());

        RepCount counter = (RepCount) steps.getFirst();
        assertThat(counter.reps().low()).isEqualTo(8);
        assertThat(counter.reps().text()).isEqualTo("8-10");
    }

    @Test
    void reps_with_a_hold_range_in_seconds_are_holds_timed_at_the_lower_bound_with_the_range_kept() {
        // wall bug press: 5 reps each side, hold 5-10 s
        var steps = SessionSteps.of(
                Dosage.builder().reps(5).holdSeconds(5, 10).perSide().build());

        assertThat(steps)
                .containsExactly(
                        new Holds(
                                CountRange.between(5, 10),
                                HoldUnit.SECONDS,
                                5,
                                CountRange.exactly(5),
                                OptionalInt.empty(),
                                new Round(1, ONE, Optional.of(Side.FIRST))),
                        new SwitchSides(),
                        new Holds(
                                CountRange.between(5, 10),
                                HoldUnit.SECONDS,
                                5,
                                CountRange.exactly(5),
                                OptionalInt.empty(),
                                new Round(1, ONE, Optional.of(Side.SECOND))));
    }

    @Test
    void a_hold_in_breaths_per_side_in_sets_is_one_paced_hold_per_set_and_side_with_a_side_switch_between() {
        // modified side plank: 2-3 sets each side, hold 3-5 breaths
        var sets = CountRange.between(2, 3);
        var steps = SessionSteps.of(
                Dosage.builder().sets(2, 3).holdBreaths(3, 5).perSide().build());

        assertThat(steps).hasSize(7);
        assertThat(steps.getFirst())
                .isEqualTo(new Holds(
                        CountRange.between(3, 5),
                        HoldUnit.BREATHS,
                        1,
                        ONE,
                        OptionalInt.empty(),
                        new Round(1, sets, Optional.of(Side.FIRST))));
        assertThat(steps.stream().map(step -> step.getClass().getSimpleName()))
                .containsExactly("Holds", "SwitchSides", "Holds", "SwitchSides", "Holds", "SwitchSides", "Holds");
        assertThat(((Holds) steps.getLast()).round()).isEqualTo(new Round(2, sets, Optional.of(Side.SECOND)));
    }

    @Test
    void sets_repeat_the_work_with_the_prescribed_rest_between_sets_but_not_after_the_last() {
        var steps = SessionSteps.of(
                Dosage.builder().sets(3).reps(8, 10).restSeconds(30).build());

        var sets = CountRange.exactly(3);
        assertThat(steps)
                .containsExactly(
                        new RepCount(CountRange.between(8, 10), new Round(1, sets, Optional.empty())),
                        new Rest(30),
                        new RepCount(CountRange.between(8, 10), new Round(2, sets, Optional.empty())),
                        new Rest(30),
                        new RepCount(CountRange.between(8, 10), new Round(3, sets, Optional.empty())));
    }

    @Test
    void rest_without_sets_is_taken_between_the_holds_of_one_set() {
        var steps = SessionSteps.of(
                Dosage.builder().reps(10).holdSeconds(10).restSeconds(10).build());

        Holds holds = (Holds) steps.getFirst();
        assertThat(steps).hasSize(1);
        assertThat(holds.times()).isEqualTo(10);
        assertThat(holds.restSeconds()).hasValue(10);
    }

    @Test
    void no_rest_needed_adds_no_rest_step() {
        var steps =
                SessionSteps.of(Dosage.builder().sets(2).reps(5).restSeconds(0).build());

        assertThat(steps).noneMatch(step -> step instanceof Rest).hasSize(2);
    }

    @Test
    void a_timed_exercise_is_a_countdown_of_its_duration() {
        var steps = SessionSteps.of(
                Dosage.builder().minutes(5).timesPerDay(2).daysPerWeek(7).build());

        assertThat(steps).containsExactly(new Timed(Duration.ofMinutes(5), new Round(1, ONE, Optional.empty())));
    }

    @Test
    void a_timed_exercise_per_side_in_sets_counts_down_each_side_of_each_set() {
        var steps = SessionSteps.of(Dosage.builder()
                .sets(2)
                .duration(Duration.ofSeconds(45))
                .perSide()
                .restSeconds(20)
                .build());

        assertThat(steps.stream().map(step -> step.getClass().getSimpleName()))
                .containsExactly(
                        "Timed", "SwitchSides", "Timed", "Rest", "SwitchSides", "Timed", "SwitchSides", "Timed");
    }

    @Test
    void a_single_hold_without_reps_is_one_hold() {
        var steps = SessionSteps.of(Dosage.builder().holdSeconds(30).build());

        assertThat(steps)
                .containsExactly(new Holds(
                        CountRange.exactly(30),
                        HoldUnit.SECONDS,
                        1,
                        ONE,
                        OptionalInt.empty(),
                        new Round(1, ONE, Optional.empty())));
    }

    @Test
    void frequency_and_load_do_not_change_the_steps_of_one_session() {
        List<SessionStep> plain = SessionSteps.of(Dosage.builder().reps(12).build());
        List<SessionStep> loaded = SessionSteps.of(Dosage.builder()
                .reps(12)
                .load("2 kg")
                .timesPerDay(2)
                .daysPerWeek(5)
                .build());

        assertThat(loaded).isEqualTo(plain);
    }

    @Test
    void a_set_range_is_counted_at_its_lower_bound() {
        var steps = SessionSteps.of(Dosage.builder().sets(2, 4).reps(6).build());

        assertThat(steps).hasSize(2);
        assertThat(((RepCount) steps.getLast()).round().counted()).isTrue();
    }
}
