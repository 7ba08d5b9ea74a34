package app.floorplan.core.patient;

import java.util.Objects;

/**
 * A search in the patient list: free text matched against name (partial, case- and accent-insensitive), date of birth
 * (typed as yyyy-mm-dd or dd.mm.yyyy) or phone digits. Blank matches every active patient.
 */
public record PatientQuery(String text, boolean includeArchived) {
    public PatientQuery {
        Objects.requireNonNull(text, "text");
        text = text.strip();
    }

    public static PatientQuery all() {
        return new PatientQuery("", false);
    }

    public static PatientQuery text(String text) {
        return new PatientQuery(text, false);
    }
}
