package app.floorplan.core.assessment;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;

class InMemoryAssessmentsContractTest extends AssessmentRepositoryContract {

    private final InMemoryAssessments assessments = new InMemoryAssessments();

    @Override
    protected AssessmentRepository repository() {
        return assessments;
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
