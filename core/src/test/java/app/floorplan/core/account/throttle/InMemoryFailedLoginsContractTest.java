package app.floorplan.core.account.throttle;

class InMemoryFailedLoginsContractTest extends FailedLoginStoreContract {

    private final InMemoryFailedLogins failures = new InMemoryFailedLogins();

    @Override
    protected FailedLoginStore store() {
        return failures;
    }
}
