package app.floorplan.core.account;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import java.util.List;
import java.util.Optional;

/** Port: where accounts are kept. */
public interface AccountRepository {

    Optional<Account> findByUsername(Username username);

    Optional<Account> findById(AccountId id);

    List<Account> listByClinic(ClinicId clinicId);

    /** Inserts a new account (version 0). */
    void add(Account account);

    /** The login of a patient record, if she has one. */
    Optional<Account> findByPatient(PatientId patient);

    /** Patient logins whose patient record has this e-mail address (ignoring case), in any clinic. */
    List<Account> findPatientLoginsByEmail(String email);

    /** Allows or stops logging in with this account; the version increases by one. */
    void setEnabled(AccountId id, boolean enabled);

    /** Replaces the password hash; the version increases by one. */
    void updatePassword(AccountId id, PasswordHash hash);
}
