package app.floorplan.core.practice;

import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.program.HomeProgramId;

class InMemoryPracticeLogContractTest extends PracticeLogRepositoryContract {

    private final InMemoryPracticeLog log = new InMemoryPracticeLog();

    @Override
    protected PracticeLogRepository repository() {
        return log;
    }

    @Override
    protected ClinicId newClinic() {
        return ClinicId.random();
    }

    @Override
    protected PatientId newPatient(ClinicId clinic, HomeProgramId program) {
        PatientId patient = PatientId.random();
        log.patientOf(clinic, patient);
        return patient;
    }
}
