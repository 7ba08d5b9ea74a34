package app.floorplan.ui.export;

import app.floorplan.core.export.ExportedFile;
import app.floorplan.core.export.RecordExports;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.PatientId;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff FHIR API, modelled on FHIR's {@code Patient/[id]/$everything}: the patient's record as an R4 Bundle in
 * JSON, for a logged-in PT of her clinic. Patients, admins and other clinics get 403 (and an {@code ACCESS_DENIED} in
 * the audit trail, written around the use case); an address that is no patient id gets 404; without a login, 401.
 * Errors answer with a FHIR OperationOutcome that names no patient data.
 */
@RestController
class FhirExportController {

    static final MediaType FHIR_JSON = MediaType.parseMediaType(ExportedFile.FHIR_JSON);

    private final RecordExports exports;

    FhirExportController(RecordExports exports) {
        this.exports = exports;
    }

    @GetMapping("/api/fhir/Patient/{id}/$everything")
    ResponseEntity<byte[]> everything(@PathVariable String id) {
        PatientId patient;
        try {
            patient = PatientId.of(id);
        } catch (IllegalArgumentException notAnId) {
            return outcome(HttpStatus.NOT_FOUND, "not-found", "No patient with this id");
        }
        ExportedFile bundle = exports.fhirBundle(patient);
        return ResponseEntity.ok()
                .contentType(FHIR_JSON)
                .cacheControl(CacheControl.noStore())
                .body(bundle.content());
    }

    @ExceptionHandler({AccessRefusedException.class, AccessDeniedException.class})
    ResponseEntity<byte[]> refused() {
        return outcome(HttpStatus.FORBIDDEN, "forbidden", "Not allowed");
    }

    static ResponseEntity<byte[]> outcome(HttpStatus status, String code, String text) {
        String json = "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"" + code
                + "\",\"diagnostics\":\"" + text + "\"}]}";
        return ResponseEntity.status(status)
                .contentType(FHIR_JSON)
                .cacheControl(CacheControl.noStore())
                .body(json.getBytes(StandardCharsets.UTF_8));
    }
}
