package app.floorplan.core.diary;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;

class InMemoryDiaryContractTest extends DiaryRepositoryContract {

    private final InMemoryDiary diary = new InMemoryDiary();

    @Override
    protected DiaryRepository repository() {
        return diary;
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
