package app.floorplan.export.fhir;

import app.floorplan.core.export.ExportedCondition;
import app.floorplan.core.export.PatientRecord;
import java.util.List;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;

/**
 * The conditions of the patient's history from her intake. Whether each is still active is not recorded at intake, so
 * no clinical status is claimed.
 */
final class ConditionResources {

    private ConditionResources() {}

    static List<Condition> of(PatientRecord record, ResourceIds ids) {
        return record.conditions().stream().map(found -> of(found, ids)).toList();
    }

    private static Condition of(ExportedCondition found, ResourceIds ids) {
        var condition = new Condition();
        condition.setId(ids.of(found.key()));
        condition.setCode(Codings.of(found.code()).setText(found.text()));
        condition.setSubject(ResourceIds.reference(ids.patientId()));
        condition.setRecordedDateElement(new DateTimeType(found.recordedOn().toString()));
        return condition;
    }
}
