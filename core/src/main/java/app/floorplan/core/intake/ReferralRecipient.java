package app.floorplan.core.intake;

/** To whom the PT referred the patient for a red flag. */
public enum ReferralRecipient {
    EMERGENCY_SERVICES("Emergency services (ambulance)"),
    EMERGENCY_DEPARTMENT("Emergency department"),
    MATERNITY_UNIT("Maternity unit"),
    MIDWIFE("Midwife"),
    GP("GP"),
    OBSTETRICIAN("Obstetrician"),
    PERINATAL_MENTAL_HEALTH("Perinatal mental health team"),
    OTHER_PHYSICIAN("Another physician (named in the note)");

    private final String label;

    ReferralRecipient(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
