package app.floorplan;

import app.floorplan.core.account.Account;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.account.Username;
import app.floorplan.core.account.password.PasswordHasher;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.Role;
import java.util.Optional;
import java.util.UUID;

/** Fresh staff logins in the demo clinic, so a test can lock, enrol or disable one without touching the demo ones. */
public final class StaffAccounts {

    public static final String PASSWORD = "Fresh-Test-Login-Password-26";

    private StaffAccounts() {}

    public static Account freshPt(AccountRepository accounts, PasswordHasher hasher) {
        var demoClinic =
                accounts.findByUsername(Username.of("admin")).orElseThrow().clinicId();
        var account = new Account(
                AccountId.random(),
                demoClinic,
                Username.of("pt-" + UUID.randomUUID().toString().substring(0, 8)),
                "Test Therapist",
                Role.PT,
                hasher.hash(PASSWORD),
                true,
                Optional.empty(),
                0);
        accounts.add(account);
        return account;
    }
}
