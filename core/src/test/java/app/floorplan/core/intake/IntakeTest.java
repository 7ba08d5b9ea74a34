package app.floorplan.core.intake;

import static app.floorplan.core.intake.IntakeFixtures.LATER;
import static app.floorplan.core.intake.IntakeFixtures.PT;
import static app.floorplan.core.intake.IntakeFixtures.RECORDED_AT;
import static app.floorplan.core.intake.IntakeFixtures.history;
import static app.floorplan.core.intake.IntakeFixtures.intake;
import static app.floorplan.core.intake.IntakeFixtures.noRelevantHistory;
import static app.floorplan.core.intake.IntakeFixtures.pain;
import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.identity.AccountId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntakeTest {

    private static final Set<RedFlag> FEVER = Set.of(RedFlag.FEVER);
    private static final Optional<ReferralRecipient> GP = Optional.of(ReferralRecipient.GP);
    private static final Optional<ReferralRecipient> NO_ONE = Optional.empty();

    private static final AccountId OTHER_PT = AccountId.random();

    @Test
    void a_new_intake_is_version_1_by_its_author() {
        var intake = intake(RedFlagScreen.allNegative());

        assertThat(intake.revision().number()).isEqualTo(1);
        assertThat(intake.revision().author()).isEqualTo(PT);
        assertThat(intake.revision().recordedAt()).isEqualTo(RECORDED_AT);
        assertThat(intake.redFlagResolutions()).isEmpty();
        assertThat(intake.latestRedFlagResolution()).isEmpty();
    }

    @Test
    void a_correction_is_a_new_version_and_the_old_one_is_kept_marked_replaced() {
        var original = intake(RedFlagScreen.allNegative());
        var surgery = new RelevantHistory(false, false, false, true, Optional.of("Appendectomy"));

        var correction = original.correct(
                history(), pain(), surgery, RedFlagScreen.allNegative(), OTHER_PT, LATER, "Forgot the appendectomy");

        assertThat(correction.current().relevantHistory()).isEqualTo(surgery);
        assertThat(correction.current().revision().number()).isEqualTo(2);
        assertThat(correction.current().revision().author()).isEqualTo(OTHER_PT);
        assertThat(correction.current().revision().reason()).contains("Forgot the appendectomy");
        assertThat(correction.current().id()).isEqualTo(original.id());
        assertThat(correction.current().patient()).isEqualTo(original.patient());
        assertThat(correction.replaced().relevantHistory()).isEqualTo(noRelevantHistory());
        assertThat(correction.replaced().revision().replaced()).isTrue();
        assertThat(correction.replaced().revision().number()).isEqualTo(1);
    }

    @Test
    void a_correction_without_a_reason_is_refused() {
        var original = intake(RedFlagScreen.allNegative());

        assertThat(refusedFields(() -> original.correct(
                        history(), pain(), noRelevantHistory(), RedFlagScreen.allNegative(), PT, LATER, " ")))
                .containsExactly("revision.reason");
    }

    @Test
    void a_replaced_version_cannot_be_corrected() {
        var replaced = intake(RedFlagScreen.allNegative())
                .correct(history(), pain(), noRelevantHistory(), RedFlagScreen.allNegative(), PT, LATER, "typo")
                .replaced();

        assertThat(refusedFields(() -> replaced.correct(
                        history(), pain(), noRelevantHistory(), RedFlagScreen.allNegative(), PT, LATER, "again")))
                .containsExactly("revision");
    }

    @Test
    void a_routine_referral_to_the_gp_covers_the_flags_chosen_and_lets_prescribing_go_on() {
        var intake = intake(new RedFlagScreen(Set.of(RedFlag.FEVER, RedFlag.SEVERE_NIGHT_PAIN)))
                .recordRedFlagResolution(
                        RedFlagOutcome.ROUTINE_REFERRAL,
                        Set.of(RedFlag.FEVER, RedFlag.SEVERE_NIGHT_PAIN),
                        Optional.of(ReferralRecipient.GP),
                        " Referred to GP Dr. Meier ",
                        PT,
                        LATER);

        assertThat(intake.redFlagResolutions()).singleElement().satisfies(resolution -> {
            assertThat(resolution.outcome()).isEqualTo(RedFlagOutcome.ROUTINE_REFERRAL);
            assertThat(resolution.to()).contains(ReferralRecipient.GP);
            assertThat(resolution.resolvedFlags()).containsExactlyInAnyOrder(RedFlag.FEVER, RedFlag.SEVERE_NIGHT_PAIN);
            assertThat(resolution.note()).isEqualTo("Referred to GP Dr. Meier");
            assertThat(resolution.by()).isEqualTo(PT);
            assertThat(resolution.at()).isEqualTo(LATER);
        });
        assertThat(intake.unresolvedRedFlags()).isEmpty();
        assertThat(intake.revision().number()).as("not a correction").isEqualTo(1);
    }

    @Test
    void a_later_clearance_is_appended_and_never_overwrites_the_referral() {
        var intake = intake(new RedFlagScreen(Set.of(RedFlag.FEVER)))
                .recordRedFlagResolution(RedFlagOutcome.URGENT_REFERRAL, FEVER, GP, "Referred to GP", PT, RECORDED_AT)
                .recordRedFlagResolution(
                        RedFlagOutcome.CLEARED, FEVER, NO_ONE, "GP found a cold, cleared to exercise", PT, LATER);

        assertThat(intake.redFlagResolutions())
                .extracting(RedFlagResolution::outcome)
                .containsExactly(RedFlagOutcome.URGENT_REFERRAL, RedFlagOutcome.CLEARED);
        assertThat(intake.unresolvedRedFlags()).isEmpty();
        assertThat(intake.latestRedFlagResolution())
                .hasValueSatisfying(latest -> assertThat(latest.outcome()).isEqualTo(RedFlagOutcome.CLEARED));
    }

    @Test
    void a_resolution_needs_a_note() {
        var intake = intake(new RedFlagScreen(Set.of(RedFlag.FEVER)));

        assertThat(refusedFields(
                        () -> intake.recordRedFlagResolution(RedFlagOutcome.CLEARED, FEVER, NO_ONE, "  ", PT, LATER)))
                .containsExactly("redFlags.resolution.note");
    }

    @Test
    void a_note_of_2000_characters_is_kept_and_2001_are_refused() {
        var intake = intake(new RedFlagScreen(Set.of(RedFlag.FEVER)));

        assertThat(intake.recordRedFlagResolution(RedFlagOutcome.CLEARED, FEVER, NO_ONE, "n".repeat(2000), PT, LATER)
                        .redFlagResolutions())
                .hasSize(1);
        assertThat(refusedFields(() -> intake.recordRedFlagResolution(
                        RedFlagOutcome.CLEARED, FEVER, NO_ONE, "n".repeat(2001), PT, LATER)))
                .containsExactly("redFlags.resolution.note");
    }

    @Test
    void without_a_positive_flag_there_is_nothing_to_resolve() {
        var intake = intake(RedFlagScreen.allNegative());

        assertThat(refusedFields(() ->
                        intake.recordRedFlagResolution(RedFlagOutcome.CLEARED, FEVER, NO_ONE, "All fine", PT, LATER)))
                .containsExactly("redFlags.resolution.flags");
        assertThat(refusedFields(() -> intake.recordRedFlagResolution(
                        RedFlagOutcome.CLEARED, Set.of(), NO_ONE, "All fine", PT, LATER)))
                .containsExactly("redFlags.resolution.flags");
    }

    @Test
    void a_resolution_is_recorded_on_the_current_version_not_a_replaced_one() {
        var replaced = intake(new RedFlagScreen(Set.of(RedFlag.FEVER)))
                .correct(
                        history(),
                        pain(),
                        noRelevantHistory(),
                        new RedFlagScreen(Set.of(RedFlag.FEVER)),
                        PT,
                        LATER,
                        "typo")
                .replaced();

        assertThat(refusedFields(() ->
                        replaced.recordRedFlagResolution(RedFlagOutcome.ROUTINE_REFERRAL, FEVER, GP, "GP", PT, LATER)))
                .containsExactly("redFlags.resolution");
    }

    @Test
    void resolutions_carry_over_to_a_correction_but_do_not_cover_a_flag_it_adds() {
        var resolved = intake(new RedFlagScreen(Set.of(RedFlag.FEVER)))
                .recordRedFlagResolution(RedFlagOutcome.ROUTINE_REFERRAL, FEVER, GP, "Referred to GP", PT, RECORDED_AT);

        var corrected = resolved.correct(
                        history(),
                        pain(),
                        noRelevantHistory(),
                        new RedFlagScreen(Set.of(RedFlag.FEVER, RedFlag.SADDLE_ANAESTHESIA)),
                        PT,
                        LATER,
                        "Patient reported numbness on the phone")
                .current();

        assertThat(corrected.redFlagResolutions()).isEqualTo(resolved.redFlagResolutions());
        assertThat(corrected.unresolvedRedFlags()).containsExactly(RedFlag.SADDLE_ANAESTHESIA);
    }
}
