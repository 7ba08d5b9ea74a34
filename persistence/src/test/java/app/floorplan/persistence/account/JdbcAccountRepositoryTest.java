package app.floorplan.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.account.Account;
import app.floorplan.core.account.PasswordHash;
import app.floorplan.core.account.Username;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.Role;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.MigratedDatabase;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JdbcAccountRepositoryTest {

    private final JdbcAccountRepository accounts = new JdbcAccountRepository(MigratedDatabase.jdbc());
    private final Fixtures fixtures = new Fixtures(MigratedDatabase.jdbc());

    @Test
    void a_patient_account_round_trips_with_its_link_to_the_patient_record() {
        var clinic = fixtures.clinic();
        var patient = fixtures.patient(clinic, "Round", "Trip", LocalDate.of(1990, 1, 2), null);
        var account = new Account(
                AccountId.random(),
                clinic,
                Username.of("Round.Trip@Example.org"),
                "Round Trip",
                Role.PATIENT,
                new PasswordHash("{argon2@SpringSecurity_v5_8}$argon2id$v=19$m=16384,t=2,p=1$abc$def"),
                true,
                Optional.of(patient),
                0);

        accounts.add(account);

        assertThat(accounts.findByUsername(Username.of("round.trip@example.org")))
                .contains(account);
        assertThat(accounts.findById(account.id())).contains(account);
        assertThat(accounts.listByClinic(clinic)).containsExactly(account);
    }

    @Test
    void a_patient_login_is_found_by_its_patient_and_her_e_mail_and_can_be_disabled_and_given_a_new_password() {
        var clinic = fixtures.clinic();
        var patient = fixtures.patient(clinic, "Mail", "Finder", LocalDate.of(1991, 3, 4), null);
        String email = "mail.finder." + java.util.UUID.randomUUID() + "@example.org";
        MigratedDatabase.jdbc()
                .sql("update patient set email = ? where id = ?")
                .params(email, patient.value())
                .update();
        var account = new Account(
                AccountId.random(),
                clinic,
                Username.of("finder-" + java.util.UUID.randomUUID()),
                "Mail Finder",
                Role.PATIENT,
                new PasswordHash("{test}old"),
                false,
                Optional.of(patient),
                0);
        accounts.add(account);

        assertThat(accounts.findByPatient(patient)).contains(account);
        assertThat(accounts.findPatientLoginsByEmail(email.toUpperCase())).containsExactly(account);

        accounts.setEnabled(account.id(), true);
        accounts.updatePassword(account.id(), new PasswordHash("{test}new"));

        Account changed = accounts.findById(account.id()).orElseThrow();
        assertThat(changed.enabled()).isTrue();
        assertThat(changed.passwordHash()).isEqualTo(new PasswordHash("{test}new"));
        assertThat(changed.version()).isEqualTo(2);
    }

    @Test
    void an_unknown_username_finds_nothing() {
        assertThat(accounts.findByUsername(Username.of("nobody-here"))).isEmpty();
    }

    @Test
    void a_disabled_account_is_read_back_disabled_with_a_new_version() {
        AccountId pt = fixtures.pt(fixtures.clinic(), "Soon Disabled");

        accounts.setEnabled(pt, false);

        var account = accounts.findById(pt).orElseThrow();
        assertThat(account.enabled()).isFalse();
        assertThat(account.version()).isEqualTo(1);
    }
}
