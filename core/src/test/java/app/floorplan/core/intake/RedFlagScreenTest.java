package app.floorplan.core.intake;

import static app.floorplan.core.record.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedFlagScreenTest {

    private static Map<RedFlag, Boolean> allAnsweredNo() {
        return new EnumMap<>(
                Arrays.stream(RedFlag.values()).collect(Collectors.toMap(Function.identity(), flag -> false)));
    }

    @Test
    void a_screen_with_every_answer_no_has_no_positives() {
        var screen = RedFlagScreen.fromAnswers(allAnsweredNo());

        assertThat(screen.anyPositive()).isFalse();
        assertThat(screen).isEqualTo(RedFlagScreen.allNegative());
    }

    @Test
    void the_yes_answers_are_the_positives() {
        var answers = allAnsweredNo();
        answers.put(RedFlag.SADDLE_ANAESTHESIA, true);
        answers.put(RedFlag.FEVER, true);

        var screen = RedFlagScreen.fromAnswers(answers);

        assertThat(screen.positives()).containsExactlyInAnyOrder(RedFlag.SADDLE_ANAESTHESIA, RedFlag.FEVER);
        assertThat(screen.positivesInScreenOrder()).containsExactly(RedFlag.FEVER, RedFlag.SADDLE_ANAESTHESIA);
        assertThat(screen.anyPositive()).isTrue();
    }

    @Test
    void an_unanswered_flag_is_refused_rather_than_read_as_no() {
        var answers = allAnsweredNo();
        answers.remove(RedFlag.NEW_BLADDER_OR_BOWEL_DYSFUNCTION);
        answers.remove(RedFlag.NIGHT_PAIN);

        assertThat(refusedFields(() -> RedFlagScreen.fromAnswers(answers)))
                .containsExactlyInAnyOrder("redFlags.NEW_BLADDER_OR_BOWEL_DYSFUNCTION", "redFlags.NIGHT_PAIN");
    }

    @ParameterizedTest(name = "{0} points to {1}")
    @CsvSource({
        "TRAUMA, FRACTURE",
        "OSTEOPOROSIS_RISK, FRACTURE",
        "CANCER_HISTORY, TUMOUR_OR_INFECTION",
        "FEVER, TUMOUR_OR_INFECTION",
        "UNEXPLAINED_WEIGHT_LOSS, TUMOUR_OR_INFECTION",
        "NIGHT_PAIN, TUMOUR_OR_INFECTION",
        "IMMUNOSUPPRESSION, TUMOUR_OR_INFECTION",
        "SADDLE_ANAESTHESIA, CAUDA_EQUINA",
        "NEW_BLADDER_OR_BOWEL_DYSFUNCTION, CAUDA_EQUINA",
        "PROGRESSIVE_OR_BILATERAL_LEG_WEAKNESS, CAUDA_EQUINA",
        "SUSPECTED_SACRAL_STRESS_FRACTURE, POSTPARTUM_SPECIFIC",
        "PREGNANCY_OR_LACTATION_OSTEOPOROSIS, POSTPARTUM_SPECIFIC",
        "FEVER_WITH_PELVIC_PAIN, POSTPARTUM_SPECIFIC",
        "SIGNS_AFTER_EPIDURAL_OR_SPINAL, POSTPARTUM_SPECIFIC"
    })
    void every_red_flag_belongs_to_the_concern_of_the_brief(RedFlag flag, RedFlagConcern concern) {
        assertThat(flag.concern()).isEqualTo(concern);
        assertThat(flag.label()).isNotBlank();
        assertThat(flag.field()).isEqualTo("redFlags." + flag.name());
    }

    @Test
    void the_screen_has_the_14_flags_of_the_brief() {
        assertThat(RedFlag.values()).hasSize(14);
    }
}
