package app.floorplan.export.fhir;

import app.floorplan.core.identity.PatientId;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.hl7.fhir.r4.model.Reference;

/**
 * Stable resource ids within one patient's bundle: the same value gets the same id in every export (a name-based UUID
 * of the patient and the value's key), so a receiving system can update rather than duplicate. Entries are addressed
 * as {@code urn:uuid:}, as FHIR asks of bundle entries without a server address.
 */
final class ResourceIds {

    private final PatientId patient;

    ResourceIds(PatientId patient) {
        this.patient = patient;
    }

    String patientId() {
        return patient.value().toString();
    }

    String of(String key) {
        return UUID.nameUUIDFromBytes((patient.value() + "/" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    static String fullUrl(String id) {
        return "urn:uuid:" + id;
    }

    static Reference reference(String id) {
        return new Reference(fullUrl(id));
    }
}
