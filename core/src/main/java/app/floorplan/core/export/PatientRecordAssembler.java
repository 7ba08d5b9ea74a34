package app.floorplan.core.export;

import app.floorplan.core.clinic.Clinic;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.program.HomeProgram;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one patient's whole record for an export. The caller has checked who may have it. */
final class PatientRecordAssembler {

    /** Before any practice log could exist: the whole log is read in one query from here. */
    private static final LocalDate LOG_START = LocalDate.of(2000, 1, 1);

    private final RecordSources sources;
    private final PlanDocumentFactory plans;
    private final RecordMeasures measures;
    private final RecordQuestionnaires questionnaires;

    PatientRecordAssembler(RecordSources sources) {
        this.sources = sources;
        this.plans = sources.plans().factory();
        this.measures = new RecordMeasures(sources.plans().calendar().zone());
        this.questionnaires =
                new RecordQuestionnaires(sources.plans().calendar().zone());
    }

    PatientRecord of(Patient patient) {
        Clinic clinic = sources.clinics()
                .findById(patient.clinicId())
                .orElseThrow(() -> new AccessRefusedException("clinic of the patient not found"));
        var calendar = sources.plans().calendar();
        Optional<HomeProgram> program = sources.programs().current(patient.id());
        var intake = sources.intakes().current(patient.id());
        var conditions = intake.map(measures::conditions).orElse(List.of());
        var measured = new ArrayList<ExportedMeasure>();
        intake.ifPresent(found -> measured.addAll(measures.intake(found)));
        // oldest visit first, as a reader follows the record
        var visits = sources.assessments().currentFor(patient.id()).reversed();
        visits.stream().map(measures::assessment).forEach(measured::addAll);
        var log = sources.log().between(patient.id(), LOG_START, calendar.today());
        log.stream().map(measures::practice).forEach(measured::addAll);
        return new PatientRecord(
                calendar.clock().instant(),
                calendar.today(),
                clinic.name(),
                patient.id(),
                patient.details(),
                program.map(found -> found.id().value()),
                program.map(found -> plans.all(clinic, patient, found)).orElse(List.of()),
                conditions,
                measured,
                log,
                questionnaires.of(sources.questionnaires().currentFor(patient.id()), intake, visits));
    }
}
