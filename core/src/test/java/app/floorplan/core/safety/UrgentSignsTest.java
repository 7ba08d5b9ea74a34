package app.floorplan.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.practice.Completion;
import app.floorplan.core.practice.ExerciseOutcome;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.SymptomFlag;
import app.floorplan.core.practice.SymptomReport;
import app.floorplan.core.program.HomeProgramId;
import app.floorplan.core.program.ProgramFixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The clinic rules of docs/clinical-sources.md: her words or pain of 8 or more call for help now. */
class UrgentSignsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Test
    void calf_pain_and_swelling_in_her_own_words_reads_as_a_possible_blood_clot() {
        var urgent = UrgentSigns.in(day(OptionalInt.empty(), other("calf pain and swelling on one side"), List.of()));

        assertThat(urgent.any()).isTrue();
        assertThat(urgent.signs()).containsExactly(WarningSign.LEG_CLOT);
        assertThat(urgent.emergency()).isFalse();
        assertThat(urgent.reasons()).containsExactly("her words may describe: A painful or swollen leg");
    }

    @Test
    void clinic_rule_pain_of_8_or_more_calls_for_help_and_7_does_not() {
        assertThat(UrgentSigns.in(day(OptionalInt.of(8), SymptomReport.NONE, List.of()))
                        .reasons())
                .containsExactly("pain 8 of 10 (clinic rule: 8 or more)");
        assertThat(UrgentSigns.in(day(OptionalInt.of(7), SymptomReport.NONE, List.of())))
                .isEqualTo(UrgentSigns.NONE);
    }

    @Test
    void words_logged_for_one_exercise_count_too_and_the_emergency_tier_comes_first() {
        var exercise = new ExerciseOutcome(
                ProgramFixtures.id("heel-slides"), Completion.DONE, other("a bit of a headache and then chest pain"));

        var urgent = UrgentSigns.in(day(OptionalInt.empty(), SymptomReport.NONE, List.of(exercise)));

        assertThat(urgent.signs()).containsExactly(WarningSign.CHEST_OR_BREATHING, WarningSign.PRE_ECLAMPSIA);
        assertThat(urgent.emergency()).isTrue();
    }

    @Test
    void ordinary_words_and_fixed_symptoms_alone_call_for_nothing() {
        var doming = new SymptomReport(Set.of(SymptomFlag.DOMING, SymptomFlag.LEAKING), Optional.empty());

        assertThat(UrgentSigns.in(day(OptionalInt.of(3), other("tired after a bad night"), List.of()))
                        .any())
                .isFalse();
        assertThat(UrgentSigns.in(day(OptionalInt.empty(), doming, List.of())).any())
                .isFalse();
    }

    private static SymptomReport other(String words) {
        return new SymptomReport(Set.of(SymptomFlag.OTHER), Optional.of(words));
    }

    private static PracticeDay day(OptionalInt pain, SymptomReport symptoms, List<ExerciseOutcome> exercises) {
        return new PracticeDay(
                PatientId.random(),
                DAY,
                HomeProgramId.random(),
                1,
                Completion.DONE,
                pain,
                OptionalInt.empty(),
                symptoms,
                exercises,
                Instant.parse("2026-11-20T09:00:00Z"),
                1);
    }
}
