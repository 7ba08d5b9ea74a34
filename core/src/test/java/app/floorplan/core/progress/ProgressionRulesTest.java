package app.floorplan.core.progress;

import static app.floorplan.core.progress.PracticeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.Variants;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.SymptomFlag;
import app.floorplan.core.program.ProgramContent;
import app.floorplan.core.program.ProgramFixtures;
import app.floorplan.core.program.ProgramItem;
import app.floorplan.core.progress.ProgressionSuggestion.Kind;
import app.floorplan.core.suggestion.PhaseCeiling;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The progression suggestion, one step at a time. Unless a test says otherwise: the program and its phase started on
 * Wed 4 Nov, today is Mon 23 Nov, so the weeks of 9 and 16 Nov are the two full weeks on the current version; no
 * ceiling, no doming test, nothing held back.
 */
class ProgressionRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate WEEK_ONE = LocalDate.of(2026, 11, 9);
    private static final LocalDate WEEK_TWO = LocalDate.of(2026, 11, 16);
    /** Five weeks before today: a phase that started then has lasted long enough. */
    private static final LocalDate FIVE_WEEKS_AGO = LocalDate.of(2026, 10, 19);

    private static final Function<ExerciseId, Optional<Exercise>> LIBRARY = ProgramFixtures.LIBRARY::find;
    private static final Optional<PainBaseline> BASELINE_THREE =
            Optional.of(new PainBaseline(3, PainBaseline.Source.FIRST_LOGGED_RATINGS));
    private static final String TVA_DRAW_IN = "tva-draw-in-with-breath";
    private static final PhaseCeiling NO_CEILING = new PhaseCeiling(List.of());
    private static final PhaseCeiling DOMING =
            new PhaseCeiling(List.of("Assessment on 2026-11-20: Doming during head lift"));

    private final ProgramContent drawIn = content(TVA_DRAW_IN);

    @Test
    void two_good_weeks_in_a_young_phase_suggest_the_harder_variant_within_the_phase_and_not_the_next_phase() {
        var suggestion = suggest(drawIn, goodWeeks(), MONDAY);

        assertThat(suggestion.kind()).isEqualTo(Kind.ADVANCE);
        assertThat(suggestion.changes())
                .containsExactly("Replace Deep core draw-in with breath with its harder variant Heel slides");
        assertThat(suggestion.reasons())
                .containsExactly(
                        "adherence 71 % and 71 % in the last two full weeks, no symptoms flagged and no pain rise",
                        "the program stays in phase 1: phase 1 started on 4 Nov, 2 weeks 5 days ago, and a phase"
                                + " lasts at least 4 weeks before the next one is suggested (clinic rule)");
        ProgramContent proposed = suggestion.proposed().orElseThrow();
        assertThat(proposed.phase()).isEqualTo(ProgramPhase.BREATH_AND_CONNECTION);
        assertThat(proposed.items()).extracting(ProgramItem::exercise).containsExactly(id("heel-slides"));
    }

    @Test
    void one_step_at_a_time_a_phase_that_has_lasted_four_weeks_moves_on_without_swapping_variants() {
        var suggestion = suggest(input(drawIn, goodWeeks(), MONDAY).timeline(FIVE_WEEKS_AGO, FIVE_WEEKS_AGO));

        assertThat(suggestion.kind()).isEqualTo(Kind.ADVANCE);
        assertThat(suggestion.changes()).containsExactly("Move to phase 2: Stability");
        assertThat(suggestion.reasons())
                .contains(
                        "phase 1 has lasted 5 weeks (at least 4 weeks; clinic rule)",
                        "one change at a time: harder variants wait for a later suggestion");
        ProgramContent proposed = suggestion.proposed().orElseThrow();
        assertThat(proposed.phase()).isEqualTo(ProgramPhase.STABILITY);
        assertThat(proposed.items()).as("the exercises stay as they are").isEqualTo(drawIn.items());
    }

    @ParameterizedTest(name = "phase started {0} -> {1} (a phase lasts at least 4 weeks, clinic rule)")
    @CsvSource({"2026-10-27, Replace", "2026-10-26, Move to phase 2"})
    void a_phase_lasts_at_least_four_weeks_before_the_next_is_suggested_clinic_rule(
            LocalDate phaseStart, String change) {
        var suggestion = suggest(input(drawIn, goodWeeks(), MONDAY).timeline(phaseStart, phaseStart));

        assertThat(suggestion.changes()).singleElement().asString().startsWith(change);
    }

    @Test
    void a_harder_variant_of_the_next_phase_waits_for_that_phase_and_the_hold_says_why() {
        var suggestion = suggest(content(HEEL_SLIDES), goodWeeks(), MONDAY);

        assertThat(suggestion.kind()).isEqualTo(Kind.HOLD);
        assertThat(suggestion.applicable()).isFalse();
        assertThat(suggestion.reasons())
                .contains(
                        "Dead bug level 1: marching, the harder variant of Heel slides, belongs to phase 2: it waits"
                                + " for that phase",
                        "no exercise has a harder variant within phase 1: progress the dosage in the program editor"
                                + " meanwhile");
    }

    @Test
    void no_phase_above_two_while_doming_is_recorded_at_the_latest_doming_test() {
        var stability = ProgramFixtures.content(ProgramPhase.STABILITY, "dead-bug-marching");

        var suggestion = suggest(input(stability, goodWeeks(), MONDAY)
                .timeline(FIVE_WEEKS_AGO, FIVE_WEEKS_AGO)
                .ceiling(DOMING)
                .domingTested(LocalDate.of(2026, 11, 20)));

        assertThat(suggestion.changes()).noneMatch(change -> change.startsWith("Move to phase"));
        assertThat(suggestion.reasons()).anySatisfy(reason -> assertThat(reason)
                .startsWith("the program stays in phase 2: phase 3 waits while Assessment on 2026-11-20:"
                        + " Doming during head lift")
                .contains("clinic rule"));
    }

    @Test
    void a_program_already_above_the_ceiling_holds_and_suggests_stepping_back() {
        var dynamic = ProgramFixtures.content(ProgramPhase.DYNAMIC_CONTROL, "dead-bug");

        var suggestion = suggest(input(dynamic, goodWeeks(), MONDAY).ceiling(DOMING));

        assertThat(suggestion.kind()).isEqualTo(Kind.HOLD);
        assertThat(suggestion.applicable()).isFalse();
        assertThat(suggestion.reasons()).last().asString().contains("consider stepping back to phase 2");
    }

    @Test
    void phase_three_needs_a_re_assessment_newer_than_the_phase_that_re_tests_doming() {
        var stability = ProgramFixtures.content(ProgramPhase.STABILITY, "dead-bug-marching");
        var olderTest = input(stability, goodWeeks(), MONDAY)
                .timeline(FIVE_WEEKS_AGO, FIVE_WEEKS_AGO)
                .domingTested(LocalDate.of(2026, 10, 1));

        var held = suggest(olderTest);

        assertThat(held.changes()).noneMatch(change -> change.startsWith("Move to phase"));
        assertThat(held.reasons())
                .contains("the program stays in phase 2: phase 3 needs a re-assessment after 19 Oct (when phase 2"
                        + " started) that re-tests doming; the last doming test was on 1 Oct");

        var moved = suggest(olderTest.domingTested(LocalDate.of(2026, 11, 20)));

        assertThat(moved.changes()).containsExactly("Move to phase 3: Dynamic control");
        assertThat(moved.reasons())
                .contains("phase 2 has lasted 5 weeks (at least 4 weeks; clinic rule); doming"
                        + " re-tested on 20 Nov without doming");
    }

    @Test
    void phase_three_without_any_doming_test_says_so() {
        var stability = ProgramFixtures.content(ProgramPhase.STABILITY, "dead-bug-marching");

        var suggestion = suggest(input(stability, goodWeeks(), MONDAY).timeline(FIVE_WEEKS_AGO, FIVE_WEEKS_AGO));

        assertThat(suggestion.reasons())
                .anySatisfy(reason -> assertThat(reason).endsWith("no assessment has tested doming yet"));
    }

    @Test
    void a_new_program_version_is_judged_on_its_own_two_full_weeks() {
        var suggestion = suggest(input(drawIn, goodWeeks(), MONDAY).timeline(WEEK_TWO, FIVE_WEEKS_AGO));

        assertThat(suggestion.kind()).isEqualTo(Kind.NOT_ENOUGH_DATA);
        assertThat(suggestion.reasons())
                .containsExactly("a suggestion needs two full weeks (Monday to Sunday) on the current program"
                        + " version, which started on 16 Nov; 1 week so far");
    }

    @Test
    void a_harder_variant_the_gate_or_a_caution_holds_back_is_not_proposed_and_the_reason_is_shown() {
        var suggestion = suggest(input(drawIn, goodWeeks(), MONDAY)
                .holdingBack(exercise ->
                        List.of("Take care: pelvic girdle pain (Intake: pain at the pubic" + " symphysis)")));

        assertThat(suggestion.applicable()).isFalse();
        assertThat(suggestion.reasons())
                .contains("Heel slides, the harder variant of Deep core draw-in with breath, is not proposed: Take"
                        + " care: pelvic girdle pain (Intake: pain at the pubic symphysis)");
    }

    @ParameterizedTest(name = "done {0} and {1} of 7 days -> {2}")
    @CsvSource({"5, 5, ADVANCE", "4, 5, HOLD", "5, 4, HOLD", "7, 7, ADVANCE"})
    void each_of_the_two_weeks_needs_seventy_percent(int first, int second, Kind kind) {
        var days = new ArrayList<PracticeDay>(doneDays(WEEK_ONE, first));
        days.addAll(doneDays(WEEK_TWO, second));

        var suggestion = suggest(drawIn, days, MONDAY);

        assertThat(suggestion.kind()).isEqualTo(kind);
        if (kind == Kind.HOLD) {
            assertThat(suggestion.reasons()).singleElement().asString().contains("57 %", "below 70 %");
            assertThat(suggestion.applicable()).isFalse();
        }
    }

    @Test
    void one_doming_flag_suggests_the_easier_variant_naming_the_exercise() {
        var days = goodWeeks();
        days.add(flagged(MONDAY, HEEL_SLIDES, SymptomFlag.DOMING));

        var suggestion = suggest(content(HEEL_SLIDES), days, MONDAY);

        assertThat(suggestion.kind()).isEqualTo(Kind.REGRESS);
        assertThat(suggestion.reasons()).containsExactly("doming during Heel slides on 23 Nov");
        assertThat(suggestion.changes())
                .containsExactly("Replace Heel slides with its easier variant Deep core draw-in with breath");
        assertThat(suggestion.proposed().orElseThrow().items())
                .extracting(ProgramItem::exercise)
                .containsExactly(id(TVA_DRAW_IN));
        assertThat(suggestion.proposed().orElseThrow().phase()).isEqualTo(ProgramPhase.BREATH_AND_CONNECTION);
    }

    @Test
    void a_flag_on_an_exercise_without_an_easier_variant_suggests_holding_it() {
        var days = goodWeeks();
        days.add(flagged(MONDAY, BREATHING, SymptomFlag.LEAKING));

        var suggestion = suggest(content(BREATHING), days, MONDAY);

        assertThat(suggestion.kind()).isEqualTo(Kind.HOLD);
        assertThat(suggestion.reasons())
                .contains("leaking during 360° breathing on 23 Nov")
                .anySatisfy(reason -> assertThat(reason).startsWith("hold 360° breathing"));
        assertThat(suggestion.applicable()).isFalse();
    }

    @Test
    void a_flag_older_than_two_weeks_no_longer_decides() {
        var days = new ArrayList<PracticeDay>(List.of(flagged(START, TVA_DRAW_IN, SymptomFlag.DOMING)));
        days.addAll(goodWeeks());

        assertThat(suggest(drawIn, days, MONDAY).kind()).isEqualTo(Kind.ADVANCE);
    }

    @ParameterizedTest(name = "pain {0} over baseline 3 -> {1}")
    @CsvSource({"4, ADVANCE", "5, HOLD"})
    void a_pain_rise_in_the_two_weeks_holds(int pain, Kind kind) {
        var days = new ArrayList<PracticeDay>(doneDays(WEEK_ONE, 4));
        days.add(pain(WEEK_ONE.plusDays(4), pain));
        days.addAll(doneDays(WEEK_TWO, 5));

        var suggestion = suggest(drawIn, days, MONDAY);

        assertThat(suggestion.kind()).isEqualTo(kind);
        if (kind == Kind.HOLD) {
            assertThat(suggestion.reasons()).containsExactly("pain 5 on 13 Nov (baseline 3)");
        }
    }

    @Test
    void a_symptom_for_the_whole_session_in_the_two_weeks_holds() {
        var days = new ArrayList<PracticeDay>(doneDays(WEEK_ONE, 4));
        days.add(sessionFlagged(WEEK_ONE.plusDays(4), report(SymptomFlag.OTHER)));
        days.addAll(doneDays(WEEK_TWO, 5));

        var suggestion = suggest(drawIn, days, MONDAY);

        assertThat(suggestion.kind()).isEqualTo(Kind.HOLD);
        assertThat(suggestion.reasons()).containsExactly("symptoms flagged on 13 Nov (other)");
    }

    @ParameterizedTest(name = "today {0} -> {1}")
    @CsvSource({"2026-11-20, NOT_ENOUGH_DATA", "2026-11-22, NOT_ENOUGH_DATA", "2026-11-23, ADVANCE"})
    void fewer_than_two_full_weeks_is_too_little_data(LocalDate today, Kind kind) {
        var suggestion = suggest(drawIn, goodWeeks(), today);

        assertThat(suggestion.kind()).isEqualTo(kind);
        if (kind == Kind.NOT_ENOUGH_DATA) {
            assertThat(suggestion.reasons()).singleElement().asString().contains("1 week so far");
        }
    }

    @Test
    void in_the_last_phase_without_harder_variants_there_is_nothing_to_apply() {
        var last = new ProgramContent(
                ProgramPhase.STRENGTH_AND_FUNCTION, List.of(), drawIn.items(), drawIn.advice(), Optional.empty());
        Function<ExerciseId, Optional<Exercise>> withoutVariants = id -> LIBRARY.apply(id)
                .map(exercise -> new Exercise(
                        exercise.id(),
                        exercise.owner(),
                        exercise.name(),
                        exercise.purpose(),
                        exercise.category(),
                        exercise.phase(),
                        exercise.instructions(),
                        exercise.watchFors(),
                        exercise.defaultDosage(),
                        exercise.precautions(),
                        Variants.none(),
                        false));

        var suggestion = suggest(input(last, goodWeeks(), MONDAY).library(withoutVariants));

        assertThat(suggestion.kind()).isEqualTo(Kind.ADVANCE);
        assertThat(suggestion.applicable()).isFalse();
        assertThat(suggestion.reasons()).last().asString().contains("progress the dosage");
    }

    private static ArrayList<PracticeDay> goodWeeks() {
        var days = new ArrayList<PracticeDay>(doneDays(WEEK_ONE, 5));
        days.addAll(doneDays(WEEK_TWO, 5));
        return days;
    }

    private static ProgressionSuggestion suggest(ProgramContent content, List<PracticeDay> days, LocalDate today) {
        return suggest(input(content, days, today));
    }

    private static ProgressionSuggestion suggest(Input input) {
        return ProgressionRules.suggest(input.build());
    }

    private static Input input(ProgramContent content, List<PracticeDay> days, LocalDate today) {
        return new Input(content, days, today, START, START, NO_CEILING, Optional.empty(), LIBRARY, e -> List.of());
    }

    /** The rules' input with the test's defaults, changed one fact at a time. */
    private record Input(
            ProgramContent content,
            List<PracticeDay> days,
            LocalDate today,
            LocalDate versionStart,
            LocalDate phaseStart,
            PhaseCeiling ceiling,
            Optional<LocalDate> latestDomingTest,
            Function<ExerciseId, Optional<Exercise>> library,
            Function<Exercise, List<String>> holdsBack) {

        Input timeline(LocalDate version, LocalDate phase) {
            return new Input(content, days, today, version, phase, ceiling, latestDomingTest, library, holdsBack);
        }

        Input ceiling(PhaseCeiling found) {
            return new Input(
                    content, days, today, versionStart, phaseStart, found, latestDomingTest, library, holdsBack);
        }

        Input domingTested(LocalDate on) {
            return new Input(
                    content, days, today, versionStart, phaseStart, ceiling, Optional.of(on), library, holdsBack);
        }

        Input library(Function<ExerciseId, Optional<Exercise>> exercises) {
            return new Input(
                    content, days, today, versionStart, phaseStart, ceiling, latestDomingTest, exercises, holdsBack);
        }

        Input holdingBack(Function<Exercise, List<String>> reasons) {
            return new Input(
                    content, days, today, versionStart, phaseStart, ceiling, latestDomingTest, library, reasons);
        }

        ProgressionInput build() {
            var started = program(content, versionStart.isBefore(START) ? versionStart : START);
            return new ProgressionInput(
                    content,
                    new ProgramTimeline(versionStart, phaseStart),
                    Adherence.perWeek(started, days, today, ZoneOffset.UTC),
                    days,
                    BASELINE_THREE,
                    today,
                    ceiling,
                    latestDomingTest,
                    library,
                    holdsBack);
        }
    }
}
