package app.floorplan.persistence.account;

import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.account.AccountRepositoryContract;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.MigratedDatabase;
import java.time.LocalDate;

class JdbcAccountRepositoryContractTest extends AccountRepositoryContract {

    private final JdbcAccountRepository accounts = new JdbcAccountRepository(MigratedDatabase.jdbc());
    private final Fixtures fixtures = new Fixtures(MigratedDatabase.jdbc());

    @Override
    protected AccountRepository repository() {
        return accounts;
    }

    @Override
    protected ClinicId newClinic() {
        return fixtures.clinic();
    }

    @Override
    protected PatientId newPatient(ClinicId clinic, String email) {
        PatientId patient = fixtures.patient(clinic, "Anna", "Berg", LocalDate.of(1991, 3, 4), null);
        MigratedDatabase.jdbc()
                .sql("update patient set email = ? where id = ?")
                .params(email, patient.value())
                .update();
        return patient;
    }
}
