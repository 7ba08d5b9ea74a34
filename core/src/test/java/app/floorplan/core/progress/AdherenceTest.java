package app.floorplan.core.progress;

import static app.floorplan.core.progress.PracticeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.program.ProgramContent;
import app.floorplan.core.program.ProgramContentDraft;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdherenceTest {

    @ParameterizedTest(name = "items asking {0} days a week -> {1} sessions")
    @CsvSource({"'3,5', 5", "'7', 7", "'3,-', 3", "'-,-', 7", "'1', 1"})
    void sessions_per_week_are_the_most_days_any_item_asks_for_and_daily_when_none_says(String perItem, int sessions) {
        assertThat(Adherence.sessionsPerWeek(withDaysPerWeek(perItem.split(","))))
                .isEqualTo(sessions);
    }

    @ParameterizedTest(name = "{0} of {1} -> {2} %")
    @CsvSource({"5, 7, 71", "4, 7, 57", "7, 7, 100", "0, 7, 0", "5, 3, 100", "2, 3, 66"})
    void the_percentage_is_rounded_down_and_capped_at_100(int practised, int prescribed, int percent) {
        assertThat(new AdherenceWeek(START, practised, prescribed, true).percent())
                .isEqualTo(percent);
    }

    @ParameterizedTest(name = "{0} % on target: {1}")
    @CsvSource({"69, false", "70, true", "100, true", "0, false"})
    void seventy_percent_is_on_target_and_sixty_nine_is_not(int percent, boolean onTarget) {
        assertThat(AdherenceWeek.meetsTarget(percent)).isEqualTo(onTarget);
    }

    @Test
    void weeks_run_monday_to_sunday_from_the_start_and_partial_weeks_prescribe_only_the_covered_days() {
        var days = new ArrayList<PracticeDay>();
        days.add(done(START.minusDays(1)));
        days.add(done(START));
        days.add(done(START.plusDays(1)));
        days.add(skipped(START.plusDays(2)));
        days.addAll(doneDays(LocalDate.of(2026, 11, 9), 5));
        days.addAll(doneDays(LocalDate.of(2026, 11, 16), 2));

        var weeks = Adherence.perWeek(program(content(HEEL_SLIDES)), days, TODAY, ZoneOffset.UTC);

        assertThat(weeks)
                .containsExactly(
                        new AdherenceWeek(LocalDate.of(2026, 11, 2), 2, 5, false),
                        new AdherenceWeek(LocalDate.of(2026, 11, 9), 5, 7, true),
                        new AdherenceWeek(LocalDate.of(2026, 11, 16), 2, 5, false));
        assertThat(weeks.get(1).percent()).isEqualTo(71);
    }

    @ParameterizedTest(name = "{0} days a week, {1} days covered -> {2} prescribed")
    @CsvSource({"3, 5, 3", "3, 2, 1", "7, 5, 5", "2, 1, 1", "5, 7, 5"})
    void a_partial_week_prorates_the_weekly_sessions_rounding_up(int perWeek, int covered, int prescribed) {
        LocalDate today = LocalDate.of(2026, 11, 16).plusDays(covered - 1L);
        var started = program(withDaysPerWeek(String.valueOf(perWeek)), LocalDate.of(2026, 11, 16));

        var weeks = Adherence.perWeek(started, List.of(), today, ZoneOffset.UTC);

        assertThat(weeks).singleElement().extracting(AdherenceWeek::prescribed).isEqualTo(prescribed);
    }

    @Test
    void a_revision_to_three_days_a_week_judges_the_weeks_ending_after_it_by_three() {
        var program = program(withDaysPerWeek("7"));
        var revised = program.with(program.revise(
                withDaysPerWeek("3"),
                PT,
                instant(LocalDate.of(2026, 11, 12)),
                "Fewer days while she is tired",
                false,
                1));

        var weeks = Adherence.perWeek(revised, doneDays(LocalDate.of(2026, 11, 9), 3), TODAY, ZoneOffset.UTC);

        assertThat(weeks.get(0).prescribed()).isEqualTo(5);
        assertThat(weeks.get(1)).isEqualTo(new AdherenceWeek(LocalDate.of(2026, 11, 9), 3, 3, true));
        assertThat(weeks.get(1).percent()).isEqualTo(100);
    }

    @Test
    void nothing_is_counted_before_the_program_started() {
        assertThat(Adherence.perWeek(program(content(HEEL_SLIDES)), List.of(), START.minusDays(1), ZoneOffset.UTC))
                .isEmpty();
    }

    /** One breathing-practice item per entry, "-" for an item without days per week. */
    private static ProgramContent withDaysPerWeek(String... perItem) {
        String[] codes = {"diaphragmatic-breathing", "heel-slides", "connection-breath"};
        var draft = new ProgramContentDraft().phase(ProgramPhase.BREATH_AND_CONNECTION);
        for (int i = 0; i < perItem.length; i++) {
            var dosage = Dosage.builder().reps(10);
            if (!perItem[i].strip().equals("-")) {
                dosage.daysPerWeek(Integer.parseInt(perItem[i].strip()));
            }
            draft.addItem(id(codes[i]), dosage, "");
        }
        return draft.build();
    }
}
