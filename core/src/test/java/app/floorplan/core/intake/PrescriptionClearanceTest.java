package app.floorplan.core.intake;

import static app.floorplan.core.intake.IntakeFixtures.LATER;
import static app.floorplan.core.intake.IntakeFixtures.PT;
import static app.floorplan.core.intake.IntakeFixtures.history;
import static app.floorplan.core.intake.IntakeFixtures.intake;
import static app.floorplan.core.intake.IntakeFixtures.noRelevantHistory;
import static app.floorplan.core.intake.IntakeFixtures.pain;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PrescriptionClearanceTest {

    @Test
    void a_patient_without_red_flags_may_be_prescribed_an_exercise_program() {
        assertThat(PrescriptionClearance.evaluateAll(intake(RedFlagScreen.allNegative())))
                .isInstanceOf(PrescriptionDecision.Allowance.class);
    }

    @ParameterizedTest
    @EnumSource(RedFlag.class)
    void any_positive_red_flag_without_referral_or_clearance_blocks_prescribing(RedFlag flag) {
        var decision = PrescriptionClearance.evaluateAll(intake(new RedFlagScreen(Set.of(flag))));

        assertThat(decision.isAllowed()).isFalse();
        assertThat(decision).isInstanceOfSatisfying(PrescriptionDecision.Rejection.class, rejection -> {
            assertThat(rejection.unresolvedFlags()).containsExactly(flag);
            assertThat(rejection.reason()).contains(flag.label());
        });
    }

    @Test
    void the_rejection_names_every_unresolved_flag_in_screen_order() {
        var decision = PrescriptionClearance.RED_FLAGS_RESOLVED.evaluate(
                intake(new RedFlagScreen(Set.of(RedFlag.SADDLE_ANAESTHESIA, RedFlag.FEVER))));

        assertThat(decision).isInstanceOfSatisfying(PrescriptionDecision.Rejection.class, rejection -> assertThat(
                        rejection.reason())
                .isEqualTo("Positive red flags without a recorded referral or clearance: Fever; Saddle"
                        + " anaesthesia (numbness around the genitals, anus or inner thighs). Refer to a"
                        + " physician or record the clearance before prescribing exercise."));
    }

    @ParameterizedTest
    @EnumSource(RedFlagOutcome.class)
    void a_recorded_referral_or_clearance_lifts_the_block(RedFlagOutcome outcome) {
        var intake = intake(new RedFlagScreen(Set.of(RedFlag.SADDLE_ANAESTHESIA)))
                .recordRedFlagResolution(outcome, "Seen by the GP the same day", PT, LATER);

        assertThat(PrescriptionClearance.evaluateAll(intake).isAllowed()).isTrue();
    }

    @Test
    void a_flag_added_by_a_correction_blocks_again_and_only_that_flag_is_named() {
        var corrected = intake(new RedFlagScreen(Set.of(RedFlag.FEVER)))
                .recordRedFlagResolution(RedFlagOutcome.CLEARED, "Cold, no infection signs", PT, LATER)
                .correct(
                        history(),
                        pain(),
                        noRelevantHistory(),
                        new RedFlagScreen(Set.of(RedFlag.FEVER, RedFlag.NIGHT_PAIN)),
                        PT,
                        LATER,
                        "Night pain mentioned at the second visit")
                .current();

        assertThat(PrescriptionClearance.evaluateAll(corrected))
                .isInstanceOfSatisfying(PrescriptionDecision.Rejection.class, rejection -> {
                    assertThat(rejection.unresolvedFlags()).containsExactly(RedFlag.NIGHT_PAIN);
                    assertThat(rejection.reason()).contains("Pain at night").doesNotContain("Fever");
                });
    }

    @Test
    void a_replaced_intake_version_cannot_clear_a_prescription() {
        var replaced = intake(RedFlagScreen.allNegative())
                .correct(
                        history(),
                        pain(),
                        noRelevantHistory(),
                        new RedFlagScreen(Set.of(RedFlag.TRAUMA)),
                        PT,
                        LATER,
                        "Fall on the stairs last week")
                .replaced();

        assertThat(PrescriptionClearance.evaluateAll(replaced))
                .isInstanceOfSatisfying(PrescriptionDecision.Rejection.class, rejection -> {
                    assertThat(rejection.reason()).contains("was replaced");
                    assertThat(rejection.unresolvedFlags()).isEmpty();
                });
        assertThat(PrescriptionClearance.RED_FLAGS_RESOLVED.evaluate(replaced).isAllowed())
                .as("the red-flag rule alone would wrongly allow it")
                .isTrue();
    }
}
