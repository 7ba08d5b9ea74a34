package app.floorplan.persistence.questionnaire;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.questionnaire.AssignmentRepository;
import app.floorplan.core.questionnaire.AssignmentRepositoryContract;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.MigratedDatabase;
import java.time.LocalDate;

class JdbcAssignmentRepositoryContractTest extends AssignmentRepositoryContract {

    private final JdbcAssignmentRepository assignments = new JdbcAssignmentRepository(MigratedDatabase.jdbc());
    private final Fixtures fixtures = new Fixtures(MigratedDatabase.jdbc());
    private final ClinicId clinic = fixtures.clinic();

    @Override
    protected AssignmentRepository repository() {
        return assignments;
    }

    @Override
    protected PatientId newPatient() {
        return fixtures.patient(clinic, "Anna", "Berg", LocalDate.of(1992, 3, 14), "+46 70 111 22 33");
    }

    @Override
    protected AccountId newPt() {
        return fixtures.pt(clinic, "Pia");
    }
}
