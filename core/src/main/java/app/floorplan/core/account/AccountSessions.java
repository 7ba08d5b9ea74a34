package app.floorplan.core.account;

import app.floorplan.core.identity.AccountId;

/** Port: the open login sessions of an account. */
public interface AccountSessions {

    /** Ends every open session of the account at once (the person is back at the login on their next click). */
    void endAll(AccountId account);
}
