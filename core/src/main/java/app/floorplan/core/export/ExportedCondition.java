package app.floorplan.core.export;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A condition from the patient's history as recorded at intake (a FHIR Condition), e.g. pelvic girdle pain in
 * pregnancy.
 *
 * @param recordedOn the day the intake version that holds it was recorded
 */
public record ExportedCondition(String key, Coding code, String text, LocalDate recordedOn) {

    public ExportedCondition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(recordedOn, "recordedOn");
    }
}
