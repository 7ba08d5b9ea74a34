package app.floorplan.core.export;

/** The two forms of a patient's copy of her record: for her to read, and for another system to import. */
public enum RecordFormat {
    PDF("PDF"),
    FHIR_JSON("FHIR R4 (JSON)");

    private final String label;

    RecordFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
