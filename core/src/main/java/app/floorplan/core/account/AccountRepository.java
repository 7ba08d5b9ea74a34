package app.floorplan.core.account;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import java.util.List;
import java.util.Optional;

/** Port: where accounts are kept. */
public interface AccountRepository {

    Optional<Account> findByUsername(Username username);

    Optional<Account> findById(AccountId id);

    List<Account> listByClinic(ClinicId clinicId);

    /** Inserts a new account (version 0). */
    void add(Account account);

    /** Sets whether the account may log in; bumps its version. */
    void setEnabled(AccountId id, boolean enabled);
}
