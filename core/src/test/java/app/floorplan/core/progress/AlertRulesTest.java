package app.floorplan.core.progress;

import static app.floorplan.core.progress.PracticeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.practice.Completion;
import app.floorplan.core.practice.ExerciseOutcome;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.SymptomFlag;
import app.floorplan.core.practice.SymptomReport;
import app.floorplan.core.program.ProgramFixtures;
import app.floorplan.core.questionnaire.ResponseId;
import app.floorplan.core.questionnaire.SelfHarmAnswer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
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

        assertThat(kinds(alerts).contains(AlertKind.HIGH_PAIN)).isEqualTo(alerted);
        if (alerted) {
            assertThat(alerts.getFirst().reasons().getFirst().what()).isEqualTo("Pain " + pain + " on 19 Nov");
            assertThat(alerts.getFirst().key()).isEqualTo(AlertKey.loggedDay(PATIENT, YESTERDAY));
        }
    }

    @ParameterizedTest(name = "baseline {0}, pain {1} -> rise alert: {2}")
    @CsvSource({"3, 4, false", "3, 5, true", "0, 2, true", "0, 1, false", "5, 3, false"})
    void pain_two_points_or_more_above_baseline_alerts(int baseline, int pain, boolean alerted) {
        var alerts = alertsOf(
                List.of(pain(YESTERDAY, pain)), Optional.of(new PainBaseline(baseline, PainBaseline.Source.INTAKE)));

        assertThat(kinds(alerts)).containsExactlyElementsOf(alerted ? List.of(AlertKind.PAIN_RISE) : List.of());
        if (alerted) {
            assertThat(alerts.getFirst().reasons().getFirst().what())
                    .isEqualTo(
                            "Pain " + pain + " on 19 Nov, " + (pain - baseline) + " above her baseline of " + baseline);
        }
    }

    @Test
    void without_a_baseline_no_rise_is_judged() {
        assertThat(alertsOf(List.of(pain(YESTERDAY, 6)), Optional.empty())).isEmpty();
    }

    @Test
    void pain_eight_far_above_baseline_is_one_urgent_alert_with_both_reasons() {
        var alerts =
                alertsOf(List.of(pain(YESTERDAY, 8)), Optional.of(new PainBaseline(3, PainBaseline.Source.INTAKE)));

        assertThat(alerts).singleElement().satisfies(found -> {
            assertThat(found.reasons())
                    .extracting(AlertReason::kind)
                    .containsExactly(AlertKind.HIGH_PAIN, AlertKind.PAIN_RISE);
            assertThat(found.urgent()).isTrue();
            assertThat(found.urgentReasons()).containsExactly("pain 8 of 10 (clinic rule: 8 or more)");
        });
    }

    @Test
    void clinic_rule_pain_seven_alerts_but_is_not_urgent() {
        assertThat(alertsOf(List.of(pain(YESTERDAY, 7)), Optional.empty()))
                .singleElement()
                .satisfies(found -> assertThat(found.urgent()).isFalse());
    }

    @ParameterizedTest(name = "last log {0} days ago, threshold {1} -> alert: {2}")
    @CsvSource({"6, 7, false", "7, 7, true", "9, 7, true", "2, 3, false", "3, 3, true"})
    void no_log_for_the_configured_number_of_days_alerts(int daysAgo, int threshold, boolean alerted) {
        LocalDate last = TODAY.minusDays(daysAgo);

        var alerts = new AlertRules(threshold)
                .apply(PATIENT, List.of(done(last)), Optional.empty(), Optional.of(last), START, TODAY, NAMES);

        assertThat(alerts)
                .extracting(AlertRules.Found::key)
                .containsExactlyElementsOf(
                        alerted ? List.of(new AlertKey(PATIENT, AlertSubject.NO_RECENT_LOG, last)) : List.of());
        if (alerted) {
            assertThat(alerts.getFirst().reasons().getFirst().what())
                    .startsWith("No log for " + daysAgo + " days (last on ");
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
            assertThat(alerts.getFirst().reasons().getFirst().what())
                    .startsWith("Nothing logged in the 7 days since the program started");
        }
    }

    @Test
    void doming_and_leaking_during_an_exercise_are_one_reason_naming_the_exercise() {
        var alerts = alertsOf(
                List.of(flagged(YESTERDAY, HEEL_SLIDES, SymptomFlag.DOMING, SymptomFlag.LEAKING)), Optional.empty());

        assertThat(alerts).singleElement().satisfies(found -> {
            assertThat(found.key()).isEqualTo(AlertKey.loggedDay(PATIENT, YESTERDAY));
            assertThat(found.reasons())
                    .containsExactly(new AlertReason(
                            AlertKind.EXERCISE_SYMPTOM,
                            "Doming and leaking during Heel slides on 19 Nov",
                            Optional.of("Heel slides")));
        });
    }

    @ParameterizedTest(name = "{0} -> alert kind {1}")
    @CsvSource({
        "DOMING, EXERCISE_SYMPTOM",
        "LEAKING, EXERCISE_SYMPTOM",
        "HEAVINESS, EXERCISE_SYMPTOM",
        "PAIN_INCREASE, PAIN_INCREASE"
    })
    void domain_brief_doming_leaking_heaviness_and_more_pain_during_exercise_each_alert(
            SymptomFlag flag, AlertKind kind) {
        var alerts = alertsOf(List.of(sessionFlagged(YESTERDAY, report(flag))), Optional.empty());

        assertThat(kinds(alerts)).containsExactly(kind);
    }

    @Test
    void more_pain_during_an_exercise_names_the_exercise() {
        var alerts = alertsOf(List.of(flagged(YESTERDAY, HEEL_SLIDES, SymptomFlag.PAIN_INCREASE)), Optional.empty());

        assertThat(alerts.getFirst().reasons())
                .containsExactly(new AlertReason(
                        AlertKind.PAIN_INCREASE, "More pain during Heel slides on 19 Nov", Optional.of("Heel slides")));
    }

    @Test
    void a_day_with_pain_doming_more_pain_and_other_words_is_one_alert_with_every_reason() {
        var day = day(
                YESTERDAY,
                Completion.DONE,
                OptionalInt.of(7),
                new SymptomReport(Set.of(SymptomFlag.OTHER), Optional.of("tired")),
                List.of(
                        new ExerciseOutcome(id(HEEL_SLIDES), Completion.DONE, report(SymptomFlag.DOMING)),
                        new ExerciseOutcome(id(BREATHING), Completion.DONE, report(SymptomFlag.PAIN_INCREASE))));

        var alerts = alertsOf(List.of(day), Optional.empty());

        assertThat(alerts).singleElement().satisfies(found -> {
            assertThat(found.key()).isEqualTo(AlertKey.loggedDay(PATIENT, YESTERDAY));
            assertThat(found.reasons())
                    .extracting(AlertReason::kind)
                    .containsExactly(
                            AlertKind.HIGH_PAIN,
                            AlertKind.OTHER_SYMPTOM,
                            AlertKind.EXERCISE_SYMPTOM,
                            AlertKind.PAIN_INCREASE);
            assertThat(found.urgent()).isFalse();
        });
    }

    @Test
    void other_symptoms_are_shown_in_her_words_since_they_cannot_be_classified() {
        var words = new SymptomReport(Set.of(SymptomFlag.OTHER), Optional.of("Sore <b>back</b>"));

        var alerts = alertsOf(List.of(sessionFlagged(YESTERDAY, words)), Optional.empty());

        assertThat(alerts).singleElement().satisfies(found -> {
            assertThat(found.reasons().getFirst().kind()).isEqualTo(AlertKind.OTHER_SYMPTOM);
            assertThat(found.reasons().getFirst().what())
                    .isEqualTo("Other symptom in the session on 19 Nov: \u201cSore <b>back</b>\u201d");
            assertThat(found.urgent()).isFalse();
        });
    }

    @Test
    void clinic_rule_other_words_that_read_as_a_warning_sign_make_the_alert_urgent() {
        var words = new SymptomReport(Set.of(SymptomFlag.OTHER), Optional.of("calf pain and swelling on one side"));

        var alerts = alertsOf(List.of(sessionFlagged(YESTERDAY, words)), Optional.empty());

        assertThat(alerts).singleElement().satisfies(found -> {
            assertThat(found.urgent()).isTrue();
            assertThat(found.urgentReasons()).containsExactly("her words may describe: A painful or swollen leg");
        });
    }

    @Test
    void the_same_log_gives_the_same_alert_keys_one_per_logged_day() {
        List<PracticeDay> days = List.of(pain(YESTERDAY, 8), flagged(TODAY, HEEL_SLIDES, SymptomFlag.DOMING));

        assertThat(alertsOf(days, Optional.empty()))
                .extracting(AlertRules.Found::key)
                .containsExactly(AlertKey.loggedDay(PATIENT, YESTERDAY), AlertKey.loggedDay(PATIENT, TODAY));
    }

    private static List<AlertKind> kinds(List<AlertRules.Found> alerts) {
        return alerts.stream()
                .flatMap(found -> found.reasons().stream())
                .map(AlertReason::kind)
                .toList();
    }

    private List<AlertRules.Found> alertsOf(List<PracticeDay> days, Optional<PainBaseline> baseline) {
        return rules.apply(PATIENT, days, baseline, Optional.of(days.getLast().date()), START, TODAY, NAMES);
    }

    @Test
    void cox_1987_any_epds_item_10_above_0_is_one_urgent_alert_per_patient_and_day_with_the_highest_score() {
        var other = app.floorplan.core.identity.PatientId.random();
        var found = AlertRules.selfHarm(List.of(
                new SelfHarmAnswer(PATIENT, ResponseId.random(), TODAY, 1),
                new SelfHarmAnswer(other, ResponseId.random(), TODAY.minusDays(2), 1),
                new SelfHarmAnswer(PATIENT, ResponseId.random(), TODAY, 3)));

        assertThat(found)
                .extracting(AlertRules.Found::key)
                .containsExactly(
                        new AlertKey(other, AlertSubject.SELF_HARM_ANSWER, TODAY.minusDays(2)),
                        new AlertKey(PATIENT, AlertSubject.SELF_HARM_ANSWER, TODAY));
        assertThat(found).allMatch(AlertRules.Found::urgent);
        assertThat(found.getLast().reasons())
                .singleElement()
                .extracting(AlertReason::what)
                .isEqualTo("EPDS item 10 scored 3 (of 3) in the questionnaire of " + AlertRules.day(TODAY));
        assertThat(found.getLast().urgentReasons()).singleElement().asString().contains("scored 3");
    }

    @Test
    void no_epds_answer_above_0_no_alert() {
        assertThat(AlertRules.selfHarm(List.of())).isEmpty();
    }
}
