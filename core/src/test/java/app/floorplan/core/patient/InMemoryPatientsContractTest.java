package app.floorplan.core.patient;

import app.floorplan.core.identity.ClinicId;

class InMemoryPatientsContractTest extends PatientRepositoryContract {

    private final InMemoryPatients patients = new InMemoryPatients();

    @Override
    protected PatientRepository repository() {
        return patients;
    }

    @Override
    protected ClinicId newClinic() {
        return ClinicId.random();
    }

    @Override
    protected AssignablePt newPt(ClinicId clinic, String displayName) {
        return patients.givenPt(clinic, displayName);
    }
}
