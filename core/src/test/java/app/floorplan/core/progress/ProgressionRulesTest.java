package app.floorplan.core.progress;

import static app.floorplan.core.progress.PracticeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.SymptomFlag;
import app.floorplan.core.program.ProgramContent;
import app.floorplan.core.program.ProgramFixtures;
import app.floorplan.core.program.ProgramItem;
import app.floorplan.core.progress.ProgressionSuggestion.Kind;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Program started Wed 4 Nov; today Mon 23 Nov, so the weeks of 9 and 16 Nov are the two most recent full weeks. */
class ProgressionRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate WEEK_ONE = LocalDate.of(2026, 11, 9);
    private static final LocalDate WEEK_TWO = LocalDate.of(2026, 11, 16);
    private static final Function<ExerciseId, Optional<Exercise>> LIBRARY = ProgramFixtures.LIBRARY::find;
    private static final Optional<PainBaseline> BASELINE_THREE =
            Optional.of(new PainBaseline(3, PainBaseline.Source.FIRST_LOGGED_RATINGS));

    private final ProgramContent heelSlides = content(HEEL_SLIDES);

    @Test
    void two_good_weeks_suggest_the_next_phase_and_the_harder_variant() {
        var suggestion = suggest(heelSlides, goodWeeks(), MONDAY);

        assertThat(suggestion.kind()).isEqualTo(Kind.ADVANCE);
        assertThat(suggestion.reasons())
                .containsExactly("adherence 71 % and 71 % in the last two full weeks, no symptoms flagged and no"
                        + " pain rise");
        assertThat(suggestion.changes())
                .containsExactly(
                        "Move to phase 2: Stability",
                        "Replace Heel slides with its harder variant Dead bug level 1: marching");
        ProgramContent proposed = suggestion.proposed().orElseThrow();
        assertThat(proposed.phase()).isEqualTo(ProgramPhase.STABILITY);
        assertThat(proposed.items()).extracting(ProgramItem::exercise).containsExactly(id("dead-bug-marching"));
    }

    @ParameterizedTest(name = "done {0} and {1} of 7 days -> {2}")
    @CsvSource({"5, 5, ADVANCE", "4, 5, HOLD", "5, 4, HOLD", "7, 7, ADVANCE"})
    void each_of_the_two_weeks_needs_seventy_percent(int first, int second, Kind kind) {
        var days = new ArrayList<PracticeDay>(doneDays(WEEK_ONE, first));
        days.addAll(doneDays(WEEK_TWO, second));

        var suggestion = suggest(heelSlides, days, MONDAY);

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

        var suggestion = suggest(heelSlides, days, MONDAY);

        assertThat(suggestion.kind()).isEqualTo(Kind.REGRESS);
        assertThat(suggestion.reasons()).containsExactly("doming during Heel slides on 23 Nov");
        assertThat(suggestion.changes())
                .containsExactly("Replace Heel slides with its easier variant Deep core draw-in with breath");
        assertThat(suggestion.proposed().orElseThrow().items())
                .extracting(ProgramItem::exercise)
                .containsExactly(id("tva-draw-in-with-breath"));
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
        var days = new ArrayList<PracticeDay>(List.of(flagged(START, HEEL_SLIDES, SymptomFlag.DOMING)));
        days.addAll(goodWeeks());

        assertThat(suggest(heelSlides, days, MONDAY).kind()).isEqualTo(Kind.ADVANCE);
    }

    @ParameterizedTest(name = "pain {0} over baseline 3 -> {1}")
    @CsvSource({"4, ADVANCE", "5, HOLD"})
    void a_pain_rise_in_the_two_weeks_holds(int pain, Kind kind) {
        var days = new ArrayList<PracticeDay>(doneDays(WEEK_ONE, 4));
        days.add(pain(WEEK_ONE.plusDays(4), pain));
        days.addAll(doneDays(WEEK_TWO, 5));

        var suggestion = suggest(heelSlides, days, MONDAY);

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

        var suggestion = suggest(heelSlides, days, MONDAY);

        assertThat(suggestion.kind()).isEqualTo(Kind.HOLD);
        assertThat(suggestion.reasons()).containsExactly("symptoms flagged on 13 Nov (other)");
    }

    @ParameterizedTest(name = "today {0} -> {1}")
    @CsvSource({"2026-11-20, NOT_ENOUGH_DATA", "2026-11-22, NOT_ENOUGH_DATA", "2026-11-23, ADVANCE"})
    void fewer_than_two_full_weeks_is_too_little_data(LocalDate today, Kind kind) {
        var suggestion = suggest(heelSlides, goodWeeks(), today);

        assertThat(suggestion.kind()).isEqualTo(kind);
        if (kind == Kind.NOT_ENOUGH_DATA) {
            assertThat(suggestion.reasons()).singleElement().asString().contains("1 week so far");
        }
    }

    @Test
    void in_the_last_phase_without_harder_variants_there_is_nothing_to_apply() {
        var last = new ProgramContent(
                ProgramPhase.STRENGTH_AND_FUNCTION,
                List.of(),
                heelSlides.items(),
                heelSlides.advice(),
                Optional.empty());
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
                        app.floorplan.core.exercise.Variants.none(),
                        false));

        var suggestion = ProgressionRules.suggest(
                last,
                Adherence.perWeek(program(last), goodWeeks(), MONDAY, ZoneOffset.UTC),
                goodWeeks(),
                BASELINE_THREE,
                MONDAY,
                withoutVariants);

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
        var weeks = Adherence.perWeek(program(content), days, today, ZoneOffset.UTC);
        return ProgressionRules.suggest(content, weeks, days, BASELINE_THREE, today, LIBRARY);
    }
}
