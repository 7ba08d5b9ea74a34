package app.floorplan.core.account;

import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;

class InMemoryAccountsContractTest extends AccountRepositoryContract {

    private final InMemoryAccounts accounts = new InMemoryAccounts();

    @Override
    protected AccountRepository repository() {
        return accounts;
    }

    @Override
    protected ClinicId newClinic() {
        return ClinicId.random();
    }

    @Override
    protected PatientId newPatient(ClinicId clinic, String email) {
        PatientId patient = PatientId.random();
        accounts.patientEmail(patient, email);
        return patient;
    }
}
