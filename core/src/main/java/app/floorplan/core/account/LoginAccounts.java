package app.floorplan.core.account;

import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Use case for the login machinery only: find the account behind a typed user name. Runs before anyone is logged in,
 * so it returns nothing but what authentication needs.
 */
public class LoginAccounts {

    private final AccountRepository accounts;

    public LoginAccounts(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional
    public Optional<Account> forLogin(String typedUsername) {
        try {
            return accounts.findByUsername(Username.of(typedUsername));
        } catch (app.floorplan.core.validation.InvalidInputException malformed) {
            return Optional.empty();
        }
    }
}
