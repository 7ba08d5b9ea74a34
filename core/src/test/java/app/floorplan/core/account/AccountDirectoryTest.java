package app.floorplan.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditEvent;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.validation.InvalidInputException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountDirectoryTest {

    private final Map<AccountId, Account> byId = new HashMap<>();
    private final List<AccountId> endedSessions = new ArrayList<>();
    private final List<AuditEvent> audit = new ArrayList<>();
    private final ClinicId clinic = ClinicId.random();
    private final Account admin = add("admin", Role.ADMIN, clinic);
    private final Account pt = add("pia", Role.PT, clinic);
    private final AccountDirectory directory = new AccountDirectory(
            new Accounts(), admin::asActor, new AuditTrail(audit::add, Clock.systemUTC()), endedSessions::add);

    @Test
    void the_admin_disables_a_pt_and_every_session_of_the_pt_ends_at_once() {
        directory.disable(pt.id());

        assertThat(byId.get(pt.id()).enabled()).isFalse();
        assertThat(endedSessions).containsExactly(pt.id());
        assertThat(audit).extracting(AuditEvent::action).contains(AuditAction.ACCOUNT_DISABLED);
    }

    @Test
    void the_admin_cannot_disable_their_own_login() {
        assertThatThrownBy(() -> directory.disable(admin.id()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("your own login");
        assertThat(byId.get(admin.id()).enabled()).isTrue();
    }

    @Test
    void an_account_of_another_clinic_is_refused() {
        Account stranger = add("stranger", Role.PT, ClinicId.random());

        assertThatThrownBy(() -> directory.disable(stranger.id())).isInstanceOf(AccessRefusedException.class);
        assertThat(endedSessions).isEmpty();
    }

    @Test
    void a_disabled_account_can_be_enabled_again() {
        directory.disable(pt.id());
        directory.enable(pt.id());

        assertThat(byId.get(pt.id()).enabled()).isTrue();
    }

    private Account add(String name, Role role, ClinicId clinicId) {
        var account = new Account(
                AccountId.random(),
                clinicId,
                Username.of(name),
                name,
                role,
                new PasswordHash("{test}x"),
                true,
                Optional.empty(),
                0);
        byId.put(account.id(), account);
        return account;
    }

    private final class Accounts implements AccountRepository {
        @Override
        public Optional<Account> findByUsername(Username username) {
            return byId.values().stream()
                    .filter(a -> a.username().equals(username))
                    .findFirst();
        }

        @Override
        public Optional<Account> findById(AccountId id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<Account> listByClinic(ClinicId clinicId) {
            return List.copyOf(byId.values());
        }

        @Override
        public void add(Account account) {
            byId.put(account.id(), account);
        }

        @Override
        public Optional<Account> findByPatient(PatientId patient) {
            return Optional.empty();
        }

        @Override
        public List<Account> findPatientLoginsByEmail(String email) {
            return List.of();
        }

        @Override
        public void updatePassword(AccountId id, PasswordHash hash) {
            throw new UnsupportedOperationException("not needed here");
        }

        @Override
        public void setEnabled(AccountId id, boolean enabled) {
            Account a = byId.get(id);
            byId.put(
                    id,
                    new Account(
                            a.id(),
                            a.clinicId(),
                            a.username(),
                            a.displayName(),
                            a.role(),
                            a.passwordHash(),
                            enabled,
                            a.patientId(),
                            a.version() + 1));
        }
    }
}
