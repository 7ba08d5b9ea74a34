package app.floorplan.core.export;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.patient.PatientDetails;
import app.floorplan.core.practice.PracticeDay;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything FloorPlan exports about one patient, for another system (FHIR) and for her own copy (PDF): her details,
 * every version of her home program, the conditions and measures from her intake and assessments, and her practice
 * log, and her outcome questionnaires (with the EPDS the red-flag screen asked).
 *
 * @param producedAt when the export was made
 * @param producedOn the clinic's calendar day of {@code producedAt}
 * @param programId the id of her home program, when she has one
 * @param plans every version of her home program, oldest first; the last is the current one
 * @param log her practice days, oldest first
 * @param questionnaires her answered questionnaires, oldest first
 */
public record PatientRecord(
        Instant producedAt,
        LocalDate producedOn,
        String clinicName,
        PatientId patientId,
        PatientDetails details,
        Optional<UUID> programId,
        List<PlanDocument> plans,
        List<ExportedCondition> conditions,
        List<ExportedMeasure> measures,
        List<PracticeDay> log,
        List<ExportedQuestionnaire> questionnaires) {

    public PatientRecord {
        Objects.requireNonNull(producedAt, "producedAt");
        Objects.requireNonNull(producedOn, "producedOn");
        Objects.requireNonNull(clinicName, "clinicName");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(programId, "programId");
        plans = List.copyOf(plans);
        conditions = List.copyOf(conditions);
        measures = List.copyOf(measures);
        log = List.copyOf(log);
        questionnaires = List.copyOf(questionnaires);
    }

    public String patientName() {
        return details.givenName() + " " + details.familyName();
    }

    /** The version she follows now. */
    public Optional<PlanDocument> currentPlan() {
        return plans.isEmpty() ? Optional.empty() : Optional.of(plans.getLast());
    }
}
