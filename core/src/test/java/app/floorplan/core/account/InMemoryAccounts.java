package app.floorplan.core.account;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Accounts kept in a map, for use-case tests in core. */
public final class InMemoryAccounts implements AccountRepository {

    private final Map<AccountId, Account> byId = new LinkedHashMap<>();
    private final Map<PatientId, String> patientEmails = new HashMap<>();

    /** Tells the fake a patient record's e-mail address, which the adapter reads from the patient row. */
    public void patientEmail(PatientId patient, String email) {
        patientEmails.put(patient, email);
    }

    @Override
    public Optional<Account> findByUsername(Username username) {
        return byId.values().stream().filter(a -> a.username().equals(username)).findFirst();
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Account> listByClinic(ClinicId clinicId) {
        return byId.values().stream()
                .filter(a -> a.clinicId().equals(clinicId))
                .sorted(Comparator.comparing((Account a) -> a.role().name()).thenComparing(Account::displayName))
                .toList();
    }

    @Override
    public void add(Account account) {
        byId.put(account.id(), account);
    }

    @Override
    public Optional<Account> findByPatient(PatientId patient) {
        return byId.values().stream()
                .filter(a -> a.patientId().equals(Optional.of(patient)))
                .findFirst();
    }

    @Override
    public List<Account> findPatientLoginsByEmail(String email) {
        return byId.values().stream()
                .filter(a -> a.patientId()
                        .map(patientEmails::get)
                        .filter(email::equalsIgnoreCase)
                        .isPresent())
                .toList();
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

    @Override
    public void updatePassword(AccountId id, PasswordHash hash) {
        Account a = byId.get(id);
        byId.put(
                id,
                new Account(
                        a.id(),
                        a.clinicId(),
                        a.username(),
                        a.displayName(),
                        a.role(),
                        hash,
                        a.enabled(),
                        a.patientId(),
                        a.version() + 1));
    }
}
