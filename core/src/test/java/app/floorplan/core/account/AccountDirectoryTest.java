package app.floorplan.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditEvent;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.validation.InvalidInputException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountDirectoryTest {

    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final List<AccountId> endedSessions = new ArrayList<>();
    private final List<AuditEvent> audit = new ArrayList<>();
    private final ClinicId clinic = ClinicId.random();
    private final Account admin = add("admin", Role.ADMIN, clinic);
    private final Account pt = add("pia", Role.PT, clinic);
    private final AccountDirectory directory = new AccountDirectory(
            accounts, admin::asActor, new AuditTrail(audit::add, Clock.systemUTC()), endedSessions::add);

    @Test
    void the_admin_disables_a_pt_and_every_session_of_the_pt_ends_at_once() {
        directory.disable(pt.id());

        assertThat(accounts.findById(pt.id()).orElseThrow().enabled()).isFalse();
        assertThat(endedSessions).containsExactly(pt.id());
        assertThat(audit).extracting(AuditEvent::action).contains(AuditAction.ACCOUNT_DISABLED);
    }

    @Test
    void the_admin_cannot_disable_their_own_login() {
        assertThatThrownBy(() -> directory.disable(admin.id()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("your own login");
        assertThat(accounts.findById(admin.id()).orElseThrow().enabled()).isTrue();
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

        assertThat(accounts.findById(pt.id()).orElseThrow().enabled()).isTrue();
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
        accounts.add(account);
        return account;
    }
}
