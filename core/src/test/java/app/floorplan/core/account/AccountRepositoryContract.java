package app.floorplan.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AccountRepository} keeps, the in-memory fake core's tests run on and the PostgreSQL adapter alike.
 * Usernames are unique across clinics, so every test makes its own.
 */
public abstract class AccountRepositoryContract {

    protected abstract AccountRepository repository();

    protected abstract ClinicId newClinic();

    /** A patient record of the clinic with this e-mail address. */
    protected abstract PatientId newPatient(ClinicId clinic, String email);

    @Test
    void a_patient_account_round_trips_with_its_link_to_the_patient_record() {
        ClinicId clinic = newClinic();
        String name = "round.trip." + UUID.randomUUID();
        PatientId patient = newPatient(clinic, name + "@example.org");
        var account = new Account(
                AccountId.random(),
                clinic,
                Username.of(name.toUpperCase()),
                "Round Trip",
                Role.PATIENT,
                new PasswordHash("{argon2@SpringSecurity_v5_8}$argon2id$v=19$m=16384,t=2,p=1$abc$def"),
                true,
                Optional.of(patient),
                0);

        repository().add(account);

        assertThat(repository().findByUsername(Username.of(name))).contains(account);
        assertThat(repository().findById(account.id())).contains(account);
        assertThat(repository().findByPatient(patient)).contains(account);
        assertThat(repository().listByClinic(clinic)).containsExactly(account);
    }

    @Test
    void unknown_usernames_ids_and_patients_find_nothing() {
        assertThat(repository().findByUsername(Username.of("nobody-" + UUID.randomUUID())))
                .isEmpty();
        assertThat(repository().findById(AccountId.random())).isEmpty();
        assertThat(repository().findByPatient(PatientId.random())).isEmpty();
    }

    @Test
    void a_patient_login_is_found_by_her_e_mail_ignoring_case_in_any_clinic_and_staff_never() {
        String email = "mail.finder." + UUID.randomUUID() + "@example.org";
        ClinicId clinic = newClinic();
        Account login = patientLogin(clinic, newPatient(clinic, email));
        ClinicId other = newClinic();
        Account elsewhere = patientLogin(other, newPatient(other, email));
        repository().add(login);
        repository().add(elsewhere);
        repository().add(staff(clinic, Role.PT, "Pia Therapist"));

        assertThat(repository().findPatientLoginsByEmail(email.toUpperCase()))
                .containsExactlyInAnyOrder(login, elsewhere);
        assertThat(repository().findPatientLoginsByEmail("someone.else@example.org"))
                .isEmpty();
    }

    @Test
    void disabling_and_a_new_password_each_count_a_version() {
        ClinicId clinic = newClinic();
        Account pt = staff(clinic, Role.PT, "Soon Disabled");
        repository().add(pt);

        repository().setEnabled(pt.id(), false);
        assertThat(repository().findById(pt.id()).orElseThrow())
                .extracting(Account::enabled, Account::version)
                .containsExactly(false, 1L);

        repository().updatePassword(pt.id(), new PasswordHash("{test}new"));
        Account changed = repository().findById(pt.id()).orElseThrow();
        assertThat(changed.passwordHash()).isEqualTo(new PasswordHash("{test}new"));
        assertThat(changed.enabled()).isFalse();
        assertThat(changed.version()).isEqualTo(2);
    }

    @Test
    void a_clinic_lists_only_its_own_accounts_by_role_then_name() {
        ClinicId clinic = newClinic();
        Account paul = staff(clinic, Role.PT, "Paul Therapist");
        Account admin = staff(clinic, Role.ADMIN, "Ada Admin");
        Account pia = staff(clinic, Role.PT, "Pia Therapist");
        Account anna = patientLogin(clinic, newPatient(clinic, "anna." + UUID.randomUUID() + "@example.org"));
        for (Account account : new Account[] {paul, admin, pia, anna}) {
            repository().add(account);
        }
        repository().add(staff(newClinic(), Role.PT, "Olga Elsewhere"));

        assertThat(repository().listByClinic(clinic)).containsExactly(admin, anna, paul, pia);
    }

    private static Account staff(ClinicId clinic, Role role, String displayName) {
        return new Account(
                AccountId.random(),
                clinic,
                Username.of("staff-" + UUID.randomUUID()),
                displayName,
                role,
                new PasswordHash("{test}old"),
                true,
                Optional.empty(),
                0);
    }

    private static Account patientLogin(ClinicId clinic, PatientId patient) {
        return new Account(
                AccountId.random(),
                clinic,
                Username.of("patient-" + UUID.randomUUID()),
                "Anna Berg",
                Role.PATIENT,
                new PasswordHash("{test}old"),
                false,
                Optional.of(patient),
                0);
    }
}
