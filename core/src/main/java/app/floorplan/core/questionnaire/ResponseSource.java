package app.floorplan.core.questionnaire;

/** Who put a response's answers into FloorPlan. */
public enum ResponseSource {
    /** The patient, on her phone. */
    PATIENT("Filled in by the patient"),
    /** The PT, from a paper copy the patient filled in (or an interview). */
    PAPER("Entered by the physiotherapist from the paper copy");

    private final String label;

    ResponseSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
