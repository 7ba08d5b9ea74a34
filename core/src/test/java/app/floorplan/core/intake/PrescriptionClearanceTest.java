package app.floorplan.core.intake;

import static app.floorplan.core.intake.IntakeFixtures.LATER;
import static app.floorplan.core.intake.IntakeFixtures.PT;
import static app.floorplan.core.intake.IntakeFixtures.RECORDED_AT;
import static app.floorplan.core.intake.IntakeFixtures.history;
import static app.floorplan.core.intake.IntakeFixtures.intake;
import static app.floorplan.core.intake.IntakeFixtures.noRelevantHistory;
import static app.floorplan.core.intake.IntakeFixtures.pain;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.record.Revision;
import java.util.List;
import java.util.Optional;
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
                .isEqualTo("Red flags at the intake still open: Saddle numbness: new numbness around the genitals,"
                        + " anus or inner thighs; Fever. Record a routine referral or a clearance before prescribing"
                        + " exercise; after an emergency or urgent referral, record its result first."));
    }

    @ParameterizedTest
    @EnumSource(
            value = RedFlagOutcome.class,
            names = {"ROUTINE_REFERRAL", "CLEARED"})
    void a_routine_referral_or_a_clearance_lifts_the_block(RedFlagOutcome outcome) {
        var intake = intake(new RedFlagScreen(Set.of(RedFlag.OSTEOPOROSIS_RISK)))
                .recordRedFlagResolution(
                        outcome,
                        Set.of(RedFlag.OSTEOPOROSIS_RISK),
                        outcome.isReferral() ? Optional.of(ReferralRecipient.GP) : Optional.empty(),
                        "Bone density to be checked by her GP",
                        PT,
                        LATER);

        assertThat(PrescriptionClearance.evaluateAll(intake).isAllowed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = RedFlagOutcome.class,
            names = {"EMERGENCY_REFERRAL", "URGENT_REFERRAL"})
    void an_emergency_or_urgent_referral_keeps_the_block_until_its_result_is_recorded(RedFlagOutcome outcome) {
        var referred = intake(new RedFlagScreen(Set.of(RedFlag.BLOOD_CLOT_SIGNS)))
                .recordRedFlagResolution(
                        outcome,
                        Set.of(RedFlag.BLOOD_CLOT_SIGNS),
                        Optional.of(ReferralRecipient.EMERGENCY_DEPARTMENT),
                        "Swollen left calf: sent to the emergency department",
                        PT,
                        LATER);

        assertThat(PrescriptionClearance.evaluateAll(referred))
                .isInstanceOfSatisfying(
                        PrescriptionDecision.Rejection.class, rejection -> assertThat(rejection.reason())
                                .contains("after an emergency or urgent referral, record its result first"));

        var cleared = referred.recordRedFlagResolution(
                RedFlagOutcome.CLEARED,
                Set.of(RedFlag.BLOOD_CLOT_SIGNS),
                Optional.empty(),
                "Scan clear, no clot: cleared by the emergency physician",
                PT,
                LATER.plusSeconds(3600));
        assertThat(PrescriptionClearance.evaluateAll(cleared).isAllowed()).isTrue();
    }

    @Test
    void an_outcome_recorded_before_urgencies_existed_still_lifts_the_block() {
        var intake = new Intake(
                IntakeId.random(),
                PatientId.random(),
                history(),
                pain(),
                noRelevantHistory(),
                new RedFlagScreen(Set.of(RedFlag.NIGHT_PAIN)),
                List.of(new RedFlagResolution(
                        RedFlagOutcome.REFERRED,
                        Set.of(RedFlag.NIGHT_PAIN),
                        Optional.of(ReferralRecipient.GP),
                        "Referred to GP",
                        PT,
                        LATER)),
                Revision.first(PT, RECORDED_AT));

        assertThat(PrescriptionClearance.evaluateAll(intake).isAllowed()).isTrue();
    }

    @Test
    void a_flag_added_by_a_correction_blocks_again_and_only_that_flag_is_named() {
        var corrected = intake(new RedFlagScreen(Set.of(RedFlag.FEVER)))
                .recordRedFlagResolution(
                        RedFlagOutcome.CLEARED,
                        Set.of(RedFlag.FEVER),
                        Optional.empty(),
                        "Cold, no infection signs",
                        PT,
                        LATER)
                .correct(
                        history(),
                        pain(),
                        noRelevantHistory(),
                        new RedFlagScreen(Set.of(RedFlag.FEVER, RedFlag.SEVERE_NIGHT_PAIN)),
                        PT,
                        LATER,
                        "Night pain mentioned at the second visit")
                .current();

        assertThat(PrescriptionClearance.evaluateAll(corrected))
                .isInstanceOfSatisfying(PrescriptionDecision.Rejection.class, rejection -> {
                    assertThat(rejection.unresolvedFlags()).containsExactly(RedFlag.SEVERE_NIGHT_PAIN);
                    assertThat(rejection.reason())
                            .contains("Severe pain at night")
                            .doesNotContain("Fever");
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
