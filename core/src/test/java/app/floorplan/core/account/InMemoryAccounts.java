package app.floorplan.core.account;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Accounts kept in a map, for use-case tests in core. */
public final class InMemoryAccounts implements AccountRepository {

    private final Map<AccountId, Account> byId = new LinkedHashMap<>();

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
        return byId.values().stream().filter(a -> a.clinicId().equals(clinicId)).toList();
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
        return List.of();
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
