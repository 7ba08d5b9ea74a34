package app.floorplan.core.practice;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.program.HomeProgramId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PracticeProgressTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final PatientId PATIENT = PatientId.random();
    private static final HomeProgramId PROGRAM = HomeProgramId.random();

    @Test
    void three_days_practised_up_to_yesterday_make_a_streak_of_three_while_today_is_not_logged_yet() {
        var progress = PracticeProgress.of(
                TODAY, List.of(day(3, Completion.DONE), day(2, Completion.PARTLY), day(1, Completion.DONE)));

        assertThat(progress.streak()).isEqualTo(3);
        assertThat(progress.todayMark().session()).isEmpty();
    }

    @Test
    void today_counts_once_it_is_logged_as_practised() {
        var progress = PracticeProgress.of(TODAY, List.of(day(1, Completion.DONE), day(0, Completion.DONE)));

        assertThat(progress.streak()).isEqualTo(2);
    }

    @Test
    void a_skipped_day_or_a_day_without_a_log_ends_the_streak() {
        var skippedYesterday = PracticeProgress.of(
                TODAY, List.of(day(3, Completion.DONE), day(2, Completion.DONE), day(1, Completion.SKIPPED)));
        var gapTwoDaysAgo = PracticeProgress.of(TODAY, List.of(day(3, Completion.DONE), day(1, Completion.DONE)));
        var skippedToday = PracticeProgress.of(TODAY, List.of(day(1, Completion.DONE), day(0, Completion.SKIPPED)));

        assertThat(skippedYesterday.streak()).isZero();
        assertThat(gapTwoDaysAgo.streak()).isEqualTo(1);
        assertThat(skippedToday.streak()).isZero();
    }

    @Test
    void the_chart_has_one_mark_per_day_for_four_weeks_ending_today_and_ignores_older_days() {
        var progress = PracticeProgress.of(TODAY, List.of(day(40, Completion.DONE), day(27, Completion.DONE)));

        assertThat(progress.days()).hasSize(28);
        assertThat(progress.days().getFirst().date()).isEqualTo(TODAY.minusDays(27));
        assertThat(progress.days().getFirst().practised()).isTrue();
        assertThat(progress.days().getLast().date()).isEqualTo(TODAY);
    }

    @Test
    void a_streak_over_the_whole_window_is_capped_at_the_window() {
        List<PracticeDay> every = new ArrayList<>();
        for (int daysAgo = 60; daysAgo >= 0; daysAgo--) {
            every.add(day(daysAgo, Completion.DONE));
        }

        assertThat(PracticeProgress.of(TODAY, every).streak()).isEqualTo(PracticeProgress.DAYS);
    }

    @Test
    void the_summary_says_in_words_what_the_chart_shows() {
        List<PracticeDay> days = new ArrayList<>();
        days.add(day(20, Completion.DONE, 6, false));
        days.add(day(6, Completion.DONE, 5, true));
        days.add(day(5, Completion.SKIPPED, -1, false));
        days.add(day(4, Completion.DONE, 4, false));
        days.add(day(3, Completion.PARTLY, 4, false));
        days.add(day(2, Completion.DONE, 3, false));
        days.add(day(1, Completion.DONE, 3, false));

        var progress = PracticeProgress.of(TODAY, days);

        assertThat(progress.practisedThisWeek()).isEqualTo(5);
        assertThat(progress.summary())
                .isEqualTo("Practised on 5 of the last 7 days. Pain went from 6 to 3 over the last 4 weeks."
                        + " You noted symptoms on 1 day.");
    }

    @Test
    void without_pain_ratings_the_summary_says_so() {
        assertThat(PracticeProgress.of(TODAY, List.of()).summary())
                .isEqualTo("Practised on 0 of the last 7 days. No pain ratings in the last 4 weeks.");
    }

    private static PracticeDay day(int daysAgo, Completion session) {
        return day(daysAgo, session, -1, false);
    }

    private static PracticeDay day(int daysAgo, Completion session, int pain, boolean doming) {
        return new PracticeDay(
                PATIENT,
                TODAY.minusDays(daysAgo),
                PROGRAM,
                1,
                session,
                pain < 0 ? OptionalInt.empty() : OptionalInt.of(pain),
                OptionalInt.empty(),
                doming ? new SymptomReport(Set.of(SymptomFlag.DOMING), Optional.empty()) : SymptomReport.NONE,
                List.of(),
                Instant.parse("2026-11-01T18:00:00Z"),
                1);
    }
}
