package app.floorplan.core.account;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.Role;

/** What the admin's account list shows: no password hash ever leaves the use case. */
public record AccountSummary(AccountId id, String username, String displayName, Role role, boolean enabled) {

    static AccountSummary of(Account account) {
        return new AccountSummary(
                account.id(), account.username().value(), account.displayName(), account.role(), account.enabled());
    }
}
