package app.floorplan.persistence.patient;

import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.patient.AssignablePt;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.patient.PatientRepositoryContract;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.MigratedDatabase;

class JdbcPatientRepositoryContractTest extends PatientRepositoryContract {

    private final JdbcPatientRepository patients = new JdbcPatientRepository(MigratedDatabase.jdbc());
    private final Fixtures fixtures = new Fixtures(MigratedDatabase.jdbc());

    @Override
    protected PatientRepository repository() {
        return patients;
    }

    @Override
    protected ClinicId newClinic() {
        return fixtures.clinic();
    }

    @Override
    protected AssignablePt newPt(ClinicId clinic, String displayName) {
        return new AssignablePt(fixtures.pt(clinic, displayName), displayName);
    }
}
