package app.floorplan.core.login;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;

class InMemoryLoginTokensContractTest extends LoginTokenRepositoryContract {

    private final InMemoryLoginTokens tokens = new InMemoryLoginTokens();

    @Override
    protected LoginTokenRepository repository() {
        return tokens;
    }

    @Override
    protected ClinicId newClinic() {
        return ClinicId.random();
    }

    @Override
    protected AccountId newAccount(ClinicId clinic) {
        AccountId account = AccountId.random();
        tokens.accountOf(clinic, account);
        return account;
    }
}
