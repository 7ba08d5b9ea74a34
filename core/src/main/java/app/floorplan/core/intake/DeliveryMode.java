package app.floorplan.core.intake;

/** How a baby was delivered. */
public enum DeliveryMode {
    SPONTANEOUS_VAGINAL("Spontaneous vaginal"),
    VACUUM("Vacuum"),
    FORCEPS("Forceps"),
    PLANNED_CAESAREAN("Planned caesarean"),
    EMERGENCY_CAESAREAN("Emergency caesarean"),
    VBAC("Vaginal birth after caesarean (VBAC)");

    private final String label;

    DeliveryMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for a delivery by caesarean section; a VBAC is vaginal, though it implies an earlier caesarean. */
    public boolean isCaesarean() {
        return this == PLANNED_CAESAREAN || this == EMERGENCY_CAESAREAN;
    }
}
