package app.floorplan.core.progress;

import static app.floorplan.core.progress.PracticeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.SymptomFlag;
import app.floorplan.core.practice.SymptomReport;
import app.floorplan.core.program.ProgramFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertRulesTest {

    private static final LocalDate YESTERDAY = TODAY.minusDays(1);
    private static final Function<ExerciseId, String> NAMES = ProgramFixtures::nameOf;
    private final AlertRules rules = new AlertRules(AlertRules.DEFAULT_INACTIVE_DAYS);

    @ParameterizedTest(name = "pain {0} -> high pain alert: {1}")
    @CsvSource({"6, false", "7, true", "10, true", "0, false"})
    void pain_of_seven_or_more_alerts(int pain, boolean alerted) {
        var alerts = alertsOf(List.of(pain(YESTERDAY, pain)), Optional.empty());

        assertThat(alerts.stream().anyMatch(found -> found.key().kind() == AlertKind.HIGH_PAIN))
                .isEqualTo(alerted);
        if (alerted) {
            assertThat(alerts.getFirst().what()).isEqualTo("Pain " + pain + " on 19 Nov");
            assertThat(alerts.getFirst().key())
                    .isEqualTo(new AlertKey(PATIENT, AlertKind.HIGH_PAIN, YESTERDAY, Optional.empty()));
        }
    }

    @ParameterizedTest(name = "baseline {0}, pain {1} -> rise alert: {2}")
    @CsvSource({"3, 4, false", "3, 5, true", "0, 2, true", "0, 1, false", "5, 3, false"})
    void pain_two_points_or_more_above_baseline_alerts(int baseline, int pain, boolean alerted) {
        var alerts = alertsOf(
                List.of(pain(YESTERDAY, pain)), Optional.of(new PainBaseline(baseline, PainBaseline.Source.INTAKE)));

        assertThat(alerts)
                .extracting(found -> found.key().kind())
                .containsExactlyElementsOf(alerted ? List.of(AlertKind.PAIN_RISE) : List.of());
        if (alerted) {
            assertThat(alerts.getFirst().what())
                    .isEqualTo(
                            "Pain " + pain + " on 19 Nov, " + (pain - baseline) + " above her baseline of " + baseline);
        }
    }

    @Test
    void without_a_baseline_no_rise_is_judged() {
        assertThat(alertsOf(List.of(pain(YESTERDAY, 6)), Optional.empty())).isEmpty();
    }

    @Test
    void pain_eight_far_above_baseline_raises_both_alerts() {
        assertThat(alertsOf(List.of(pain(YESTERDAY, 8)), Optional.of(new PainBaseline(3, PainBaseline.Source.INTAKE))))
                .extracting(found -> found.key().kind())
                .containsExactly(AlertKind.HIGH_PAIN, AlertKind.PAIN_RISE);
    }

    @ParameterizedTest(name = "last log {0} days ago, threshold {1} -> alert: {2}")
    @CsvSource({"6, 7, false", "7, 7, true", "9, 7, true", "2, 3, false", "3, 3, true"})
    void no_log_for_the_configured_number_of_days_alerts(int daysAgo, int threshold, boolean alerted) {
        LocalDate last = TODAY.minusDays(daysAgo);

        var alerts = new AlertRules(threshold)
                .apply(PATIENT, List.of(done(last)), Optional.empty(), Optional.of(last), START, TODAY, NAMES);

        assertThat(alerts)
                .extracting(Found -> Found.key())
                .containsExactlyElementsOf(
                        alerted
                                ? List.of(new AlertKey(PATIENT, AlertKind.NO_RECENT_LOG, last, Optional.empty()))
                                : List.of());
        if (alerted) {
            assertThat(alerts.getFirst().what()).startsWith("No log for " + daysAgo + " days (last on ");
        }
    }

    @ParameterizedTest(name = "program started {0} days ago, never logged -> alert: {1}")
    @CsvSource({"6, false", "7, true"})
    void a_patient_who_never_logged_is_counted_from_the_programs_start(int daysAgo, boolean alerted) {
        LocalDate start = TODAY.minusDays(daysAgo);

        var alerts = rules.apply(PATIENT, List.of(), Optional.empty(), Optional.empty(), start, TODAY, NAMES);

        assertThat(alerts).hasSize(alerted ? 1 : 0);
        if (alerted) {
            assertThat(alerts.getFirst().key().day()).isEqualTo(start);
            assertThat(alerts.getFirst().what()).startsWith("Nothing logged in the 7 days since the program started");
        }
    }

    @Test
    void doming_and_leaking_during_an_exercise_are_one_alert_naming_the_exercise() {
        var alerts = alertsOf(
                List.of(flagged(YESTERDAY, HEEL_SLIDES, SymptomFlag.DOMING, SymptomFlag.LEAKING)), Optional.empty());

        assertThat(alerts).singleElement().satisfies(found -> {
            assertThat(found.key())
                    .isEqualTo(
                            new AlertKey(PATIENT, AlertKind.EXERCISE_SYMPTOM, YESTERDAY, Optional.of(id(HEEL_SLIDES))));
            assertThat(found.what()).isEqualTo("Doming and leaking during Heel slides on 19 Nov");
            assertThat(found.exerciseName()).contains("Heel slides");
        });
    }

    @ParameterizedTest(name = "{0} -> alert kind {1}")
    @CsvSource({
        "DOMING, EXERCISE_SYMPTOM",
        "LEAKING, EXERCISE_SYMPTOM",
        "HEAVINESS, EXERCISE_SYMPTOM",
        "PAIN_INCREASE, "
    })
    void heaviness_doming_and_leaking_alert_while_more_pain_is_left_to_the_pain_ratings(
            SymptomFlag flag, AlertKind kind) {
        var alerts = alertsOf(List.of(sessionFlagged(YESTERDAY, report(flag))), Optional.empty());

        assertThat(alerts)
                .extracting(found -> found.key().kind())
                .containsExactlyElementsOf(kind == null ? List.of() : List.of(kind));
    }

    @Test
    void other_symptoms_are_shown_in_her_words_since_they_cannot_be_classified() {
        var words = new SymptomReport(Set.of(SymptomFlag.OTHER), Optional.of("Numb <b>saddle</b> area"));

        var alerts = alertsOf(List.of(sessionFlagged(YESTERDAY, words)), Optional.empty());

        assertThat(alerts).singleElement().satisfies(found -> {
            assertThat(found.key().kind()).isEqualTo(AlertKind.OTHER_SYMPTOM);
            assertThat(found.what())
                    .isEqualTo("Other symptom in the session on 19 Nov: \u201cNumb <b>saddle</b> area\u201d");
        });
    }

    @Test
    void the_same_log_gives_the_same_alert_keys() {
        List<PracticeDay> days = List.of(pain(YESTERDAY, 8), flagged(TODAY, HEEL_SLIDES, SymptomFlag.DOMING));

        assertThat(alertsOf(days, Optional.empty()))
                .extracting(AlertRules.Found::key)
                .containsExactlyElementsOf(alertsOf(days, Optional.empty()).stream()
                        .map(AlertRules.Found::key)
                        .toList());
    }

    private List<AlertRules.Found> alertsOf(List<PracticeDay> days, Optional<PainBaseline> baseline) {
        return rules.apply(PATIENT, days, baseline, Optional.of(days.getLast().date()), START, TODAY, NAMES);
    }
}
