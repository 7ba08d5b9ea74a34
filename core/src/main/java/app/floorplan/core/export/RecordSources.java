package app.floorplan.core.export;

import app.floorplan.core.assessment.AssessmentRepository;
import app.floorplan.core.clinic.ClinicRepository;
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.practice.PracticeLogRepository;
import app.floorplan.core.program.HomeProgramRepository;
import app.floorplan.core.questionnaire.ResponseRepository;
import java.util.Objects;

/** Where a patient's record is read from for an export: one read per kind of data, whatever its size. */
public record RecordSources(
        ClinicRepository clinics,
        IntakeRepository intakes,
        AssessmentRepository assessments,
        HomeProgramRepository programs,
        PracticeLogRepository log,
        ResponseRepository questionnaires,
        PlanDocumentSources plans) {

    public RecordSources {
        Objects.requireNonNull(clinics, "clinics");
        Objects.requireNonNull(intakes, "intakes");
        Objects.requireNonNull(assessments, "assessments");
        Objects.requireNonNull(programs, "programs");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(questionnaires, "questionnaires");
        Objects.requireNonNull(plans, "plans");
    }

    PatientRecordAssembler assembler() {
        return new PatientRecordAssembler(this);
    }
}
