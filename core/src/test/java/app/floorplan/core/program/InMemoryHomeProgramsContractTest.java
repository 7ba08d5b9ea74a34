package app.floorplan.core.program;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;

class InMemoryHomeProgramsContractTest extends HomeProgramRepositoryContract {

    private final InMemoryHomePrograms programs = new InMemoryHomePrograms();

    @Override
    protected HomeProgramRepository repository() {
        return programs;
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
