package app.floorplan.core.questionnaire;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;

class InMemoryAssignmentsContractTest extends AssignmentRepositoryContract {

    private final InMemoryQuestionnaires questionnaires = new InMemoryQuestionnaires(patient -> true);

    @Override
    protected AssignmentRepository repository() {
        return questionnaires;
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
