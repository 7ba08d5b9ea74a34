package app.floorplan.core.assessment;

/** Pelvic floor symptoms the patient reports. */
public enum PelvicFloorSymptom {
    STRESS_URINARY_INCONTINENCE("Stress urinary incontinence"),
    URGE_INCONTINENCE("Urge incontinence"),
    FAECAL_OR_FLATUS_INCONTINENCE("Faecal or flatus incontinence"),
    BULGE_HEAVINESS("Bulge or heaviness (prolapse symptoms)"),
    DYSPAREUNIA("Pain with intercourse");

    private final String label;

    PelvicFloorSymptom(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
