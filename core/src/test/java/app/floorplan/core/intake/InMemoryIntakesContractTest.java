package app.floorplan.core.intake;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;

class InMemoryIntakesContractTest extends IntakeRepositoryContract {

    private final InMemoryIntakes intakes = new InMemoryIntakes();

    @Override
    protected IntakeRepository repository() {
        return intakes;
    }

    @Override
    protected PatientId newPatient() {
        return PatientId.random();
    }

    @Override
    protected AccountId newPt() {
        return AccountId.random();
    }
}
