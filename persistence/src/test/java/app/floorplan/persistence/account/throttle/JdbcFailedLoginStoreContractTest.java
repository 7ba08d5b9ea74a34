package app.floorplan.persistence.account.throttle;

import app.floorplan.core.account.throttle.FailedLoginStore;
import app.floorplan.core.account.throttle.FailedLoginStoreContract;
import app.floorplan.persistence.testing.MigratedDatabase;

/** Failure counts and locks survive in PostgreSQL. */
class JdbcFailedLoginStoreContractTest extends FailedLoginStoreContract {

    private final JdbcFailedLoginStore failures = new JdbcFailedLoginStore(MigratedDatabase.jdbc());

    @Override
    protected FailedLoginStore store() {
        return failures;
    }
}
