package app.floorplan.core.intake;

import static app.floorplan.core.intake.ScreenFixtures.allAnsweredNo;
import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.mood.EpdsAnswers;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedFlagScreenTest {

    @Test
    void a_screen_with_every_answer_no_and_no_epds_has_no_positives() {
        var screen = RedFlagScreen.fromAnswers(allAnsweredNo(), Optional.empty());

        assertThat(screen.anyPositive()).isFalse();
        assertThat(screen).isEqualTo(RedFlagScreen.allNegative());
    }

    @Test
    void the_yes_answers_are_the_positives_in_screen_order() {
        var answers = allAnsweredNo();
        answers.put(RedFlag.SADDLE_ANAESTHESIA, true);
        answers.put(RedFlag.BLOOD_CLOT_SIGNS, true);

        var screen = RedFlagScreen.fromAnswers(answers, Optional.empty());

        assertThat(screen.positivesInScreenOrder())
                .containsExactly(RedFlag.BLOOD_CLOT_SIGNS, RedFlag.SADDLE_ANAESTHESIA);
    }

    @Test
    void an_unanswered_flag_is_refused_rather_than_read_as_no() {
        var answers = allAnsweredNo();
        answers.remove(RedFlag.NEW_RETENTION_OR_LOSS_OF_CONTROL_WITH_BACK_PAIN);
        answers.remove(RedFlag.HEAVY_OR_RETURNING_BLEEDING);

        assertThat(refusedFields(() -> RedFlagScreen.fromAnswers(answers, Optional.empty())))
                .containsExactlyInAnyOrder(
                        "redFlags.NEW_RETENTION_OR_LOSS_OF_CONTROL_WITH_BACK_PAIN",
                        "redFlags.HEAVY_OR_RETURNING_BLEEDING");
    }

    @Test
    void nice_cg37_the_postnatal_warning_signs_are_asked_at_every_screen() {
        assertThat(RedFlag.asked())
                .contains(
                        RedFlag.BLOOD_CLOT_SIGNS,
                        RedFlag.HEAVY_OR_RETURNING_BLEEDING,
                        RedFlag.WOUND_OR_PERINEAL_INFECTION,
                        RedFlag.PRE_ECLAMPSIA_SIGNS);
        assertThat(RedFlag.HEAVY_OR_RETURNING_BLEEDING.label()).contains("a pad soaked in an hour or less");
    }

    @Test
    void cox_1987_an_epds_item_10_above_0_is_a_red_flag_whatever_the_total() {
        var screen = RedFlagScreen.fromAnswers(
                allAnsweredNo(), Optional.of(EpdsAnswers.ofScores(0, 0, 0, 0, 0, 0, 0, 0, 0, 1)));

        assertThat(screen.positives()).containsExactly(RedFlag.EPDS_SELF_HARM);
        assertThat(screen.epdsScore())
                .hasValueSatisfying(score -> assertThat(score.total()).isEqualTo(1));
    }

    @Test
    void cox_1987_an_epds_total_of_13_is_probable_depression_and_12_is_no_flag() {
        var thirteen = RedFlagScreen.fromAnswers(
                allAnsweredNo(), Optional.of(EpdsAnswers.ofScores(2, 2, 2, 2, 2, 1, 1, 1, 0, 0)));
        var twelve = RedFlagScreen.fromAnswers(
                allAnsweredNo(), Optional.of(EpdsAnswers.ofScores(2, 2, 2, 2, 1, 1, 1, 1, 0, 0)));

        assertThat(thirteen.positives()).containsExactly(RedFlag.EPDS_PROBABLE_DEPRESSION);
        assertThat(twelve.positives()).isEmpty();
    }

    @Test
    void the_epds_flags_are_never_answered_as_questions_and_earlier_wordings_are_no_longer_asked() {
        assertThat(RedFlag.asked())
                .doesNotContain(
                        RedFlag.EPDS_SELF_HARM,
                        RedFlag.EPDS_PROBABLE_DEPRESSION,
                        RedFlag.NIGHT_PAIN,
                        RedFlag.NEW_BLADDER_OR_BOWEL_DYSFUNCTION);
        var answers = allAnsweredNo();
        answers.put(RedFlag.NIGHT_PAIN, true);

        assertThat(RedFlagScreen.fromAnswers(answers, Optional.empty()).positives())
                .as("an answer to an earlier wording is not taken")
                .isEmpty();
    }

    @Test
    void the_cauda_equina_question_says_it_is_not_ordinary_postnatal_leaking() {
        assertThat(RedFlag.NEW_RETENTION_OR_LOSS_OF_CONTROL_WITH_BACK_PAIN.label())
                .contains("together with back pain")
                .contains("not the leaking many women have after birth");
        assertThat(RedFlag.SEVERE_NIGHT_PAIN.label())
                .isEqualTo("Severe pain at night that is not eased by changing position");
    }

    @Test
    void old_answers_to_an_earlier_wording_read_with_the_question_that_was_asked() {
        assertThat(RedFlag.NIGHT_PAIN.kind()).isEqualTo(RedFlag.Kind.EARLIER_WORDING);
        assertThat(RedFlag.NIGHT_PAIN.label()).contains("earlier wording");
        assertThat(RedFlag.NEW_BLADDER_OR_BOWEL_DYSFUNCTION.label()).contains("earlier wording");
    }

    @ParameterizedTest(name = "{0} points to {1}")
    @CsvSource({
        "BLOOD_CLOT_SIGNS, THROMBOEMBOLISM",
        "HEAVY_OR_RETURNING_BLEEDING, HAEMORRHAGE",
        "WOUND_OR_PERINEAL_INFECTION, POSTNATAL_INFECTION",
        "PRE_ECLAMPSIA_SIGNS, PRE_ECLAMPSIA",
        "EPDS_SELF_HARM, MOOD",
        "EPDS_PROBABLE_DEPRESSION, MOOD",
        "TRAUMA, FRACTURE",
        "OSTEOPOROSIS_RISK, FRACTURE",
        "CANCER_HISTORY, TUMOUR_OR_INFECTION",
        "FEVER, TUMOUR_OR_INFECTION",
        "UNEXPLAINED_WEIGHT_LOSS, TUMOUR_OR_INFECTION",
        "SEVERE_NIGHT_PAIN, TUMOUR_OR_INFECTION",
        "IMMUNOSUPPRESSION, TUMOUR_OR_INFECTION",
        "SADDLE_ANAESTHESIA, CAUDA_EQUINA",
        "NEW_RETENTION_OR_LOSS_OF_CONTROL_WITH_BACK_PAIN, CAUDA_EQUINA",
        "PROGRESSIVE_OR_BILATERAL_LEG_WEAKNESS, CAUDA_EQUINA",
        "SUSPECTED_SACRAL_STRESS_FRACTURE, POSTPARTUM_SPECIFIC",
        "PREGNANCY_OR_LACTATION_OSTEOPOROSIS, POSTPARTUM_SPECIFIC",
        "FEVER_WITH_PELVIC_PAIN, POSTPARTUM_SPECIFIC",
        "SIGNS_AFTER_EPIDURAL_OR_SPINAL, POSTPARTUM_SPECIFIC"
    })
    void every_red_flag_belongs_to_its_concern_with_what_to_do_now(RedFlag flag, RedFlagConcern concern) {
        assertThat(flag.concern()).isEqualTo(concern);
        assertThat(flag.label()).isNotBlank();
        assertThat(concern.whatToDoNow()).isNotBlank();
        assertThat(flag.field()).isEqualTo("redFlags." + flag.name());
    }

    @Test
    void a_blood_clot_or_cauda_equina_suggests_an_emergency_referral_and_tells_the_pt_what_to_do_now() {
        assertThat(RedFlag.BLOOD_CLOT_SIGNS.suggestedOutcome()).isEqualTo(RedFlagOutcome.EMERGENCY_REFERRAL);
        assertThat(RedFlag.SADDLE_ANAESTHESIA.suggestedOutcome()).isEqualTo(RedFlagOutcome.EMERGENCY_REFERRAL);
        assertThat(RedFlagConcern.THROMBOEMBOLISM.whatToDoNow()).contains("call the emergency number now");
        assertThat(RedFlagConcern.CAUDA_EQUINA.whatToDoNow()).contains("emergency department now");
        assertThat(RedFlagConcern.MOOD.whatToDoNow()).contains("do not leave her alone");
    }
}
