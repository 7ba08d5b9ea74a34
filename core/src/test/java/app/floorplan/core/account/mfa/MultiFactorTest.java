package app.floorplan.core.account.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.account.Account;
import app.floorplan.core.account.InMemoryAccounts;
import app.floorplan.core.account.PasswordHash;
import app.floorplan.core.account.Username;
import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditEvent;
import app.floorplan.core.audit.AuditOutcome;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.testing.SteppingClock;
import app.floorplan.core.validation.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MultiFactorTest {

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-22T08:00:10Z"));
    private final InMemoryMfa store = new InMemoryMfa();
    private final List<AuditEvent> audit = new ArrayList<>();
    private final OneTimeCodes codes = new OneTimeCodes();
    private final ClinicId clinic = ClinicId.random();
    private final Account pt = account("pia", Role.PT, Optional.empty());
    private Actor current = pt.asActor();
    private final MultiFactor multiFactor = new MultiFactor(
            store, accountsWith(pt), store, () -> current, new AuditTrail(audit::add, clock), codes, clock);
    private final SecondFactorDue due = new SecondFactorDue(store, store);

    private static InMemoryAccounts accountsWith(Account account) {
        var accounts = new InMemoryAccounts();
        accounts.add(account);
        return accounts;
    }

    @Test
    void a_pt_enrols_with_a_code_from_the_app_and_gets_ten_single_use_recovery_codes() {
        TotpSetup setup = multiFactor.beginEnrolment();
        assertThat(setup.label()).isEqualTo("pia");

        List<String> recovery = multiFactor.confirmEnrolment(setup.secret(), codeNow(setup.secret()));

        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        assertThat(multiFactor.isEnrolled()).isTrue();
        assertThat(due.afterPassword(pt.asActor())).isEqualTo(SecondFactor.CODE);
        assertThat(audit).extracting(AuditEvent::action).contains(AuditAction.MFA_ENROLLED);
    }

    @Test
    void a_wrong_confirmation_code_stores_nothing_and_says_so_at_the_field() {
        TotpSetup setup = multiFactor.beginEnrolment();

        assertThatThrownBy(() -> multiFactor.confirmEnrolment(setup.secret(), "000000"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("does not match");
        assertThat(multiFactor.isEnrolled()).isFalse();
    }

    @Test
    void a_code_from_one_step_before_or_after_is_accepted_two_steps_are_not() {
        TotpSecret secret = enrol();
        clock.advance(Duration.ofMinutes(5));
        long now = OneTimeCodes.stepAt(clock.instant());

        assertThat(multiFactor.verifyLoginCode(codes.codeAt(secret, now - 2))).isFalse();
        assertThat(multiFactor.verifyLoginCode(codes.codeAt(secret, now - 1))).isTrue();
        assertThat(multiFactor.verifyLoginCode(codes.codeAt(secret, now + 2))).isFalse();
    }

    @Test
    void the_same_code_cannot_be_used_twice_within_its_window() {
        TotpSecret secret = enrol();
        clock.advance(Duration.ofMinutes(1));
        String code = codeNow(secret);

        assertThat(multiFactor.verifyLoginCode(code)).isTrue();
        assertThat(multiFactor.verifyLoginCode(code)).as("replayed").isFalse();
        assertThat(audit)
                .filteredOn(e -> e.action() == AuditAction.MFA_CODE_CHECKED)
                .extracting(AuditEvent::outcome)
                .containsExactly(AuditOutcome.SUCCESS, AuditOutcome.FAILURE);
    }

    @Test
    void the_code_used_to_confirm_enrolment_cannot_log_in_again() {
        TotpSetup setup = multiFactor.beginEnrolment();
        String code = codeNow(setup.secret());
        multiFactor.confirmEnrolment(setup.secret(), code);

        assertThat(multiFactor.verifyLoginCode(code)).isFalse();
    }

    @Test
    void a_recovery_code_works_once_in_any_letter_case() {
        TotpSetup setup = multiFactor.beginEnrolment();
        List<String> recovery = multiFactor.confirmEnrolment(setup.secret(), codeNow(setup.secret()));

        assertThat(multiFactor.verifyLoginCode(" " + recovery.get(3).toUpperCase() + " "))
                .isTrue();
        assertThat(multiFactor.verifyLoginCode(recovery.get(3))).isFalse();
        assertThat(multiFactor.unusedRecoveryCodes()).isEqualTo(9);
        assertThat(audit).extracting(AuditEvent::action).contains(AuditAction.MFA_RECOVERY_CODE_USED);
    }

    @Test
    void re_enrolment_replaces_the_old_secret_and_its_recovery_codes() {
        TotpSetup first = multiFactor.beginEnrolment();
        List<String> oldRecovery = multiFactor.confirmEnrolment(first.secret(), codeNow(first.secret()));
        clock.advance(Duration.ofMinutes(1));
        TotpSetup second = multiFactor.beginEnrolment();
        multiFactor.confirmEnrolment(second.secret(), codeNow(second.secret()));
        clock.advance(Duration.ofMinutes(1));

        assertThat(multiFactor.verifyLoginCode(codeNow(first.secret()))).isFalse();
        assertThat(multiFactor.verifyLoginCode(oldRecovery.getFirst())).isFalse();
        assertThat(multiFactor.verifyLoginCode(codeNow(second.secret()))).isTrue();
    }

    @Test
    void after_disabling_no_code_is_owed_unless_the_clinic_requires_an_app() {
        enrol();
        multiFactor.disable();
        assertThat(due.afterPassword(pt.asActor())).isEqualTo(SecondFactor.NONE);

        store.requireMfaForStaff(clinic, true);

        assertThat(due.afterPassword(pt.asActor())).isEqualTo(SecondFactor.ENROLMENT);
        assertThat(audit).extracting(AuditEvent::action).contains(AuditAction.MFA_DISABLED);
    }

    @Test
    void patients_never_owe_a_second_factor_and_cannot_enrol() {
        Account patient = account("anna", Role.PATIENT, Optional.of(PatientId.random()));
        store.requireMfaForStaff(clinic, true);

        assertThat(due.afterPassword(patient.asActor())).isEqualTo(SecondFactor.NONE);
        current = patient.asActor();
        assertThatThrownBy(multiFactor::beginEnrolment).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void the_secret_never_shows_in_logs_or_messages() {
        assertThat(codes.newSecret().toString()).isEqualTo("TotpSecret[hidden]");
    }

    private TotpSecret enrol() {
        TotpSetup setup = multiFactor.beginEnrolment();
        multiFactor.confirmEnrolment(setup.secret(), codeNow(setup.secret()));
        return setup.secret();
    }

    private String codeNow(TotpSecret secret) {
        return codes.codeAt(secret, OneTimeCodes.stepAt(clock.instant()));
    }

    private Account account(String name, Role role, Optional<PatientId> patient) {
        return new Account(
                AccountId.random(),
                clinic,
                Username.of(name),
                name,
                role,
                new PasswordHash("{test}x"),
                true,
                patient,
                0);
    }
}
