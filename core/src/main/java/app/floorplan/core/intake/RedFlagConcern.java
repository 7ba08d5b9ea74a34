package app.floorplan.core.intake;

/** The serious condition a red flag may point to. */
public enum RedFlagConcern {
    FRACTURE("Fracture"),
    TUMOUR_OR_INFECTION("Tumour or infection"),
    CAUDA_EQUINA("Cauda equina syndrome"),
    POSTPARTUM_SPECIFIC("Postpartum-specific");

    private final String label;

    RedFlagConcern(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
