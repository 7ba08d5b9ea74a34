package app.floorplan.core.intake;

/** How the baby is fed now: long feeds hunched forward are a typical trigger of postpartum back pain. */
public enum Feeding {
    EXCLUSIVE_BREASTFEEDING("Exclusive breastfeeding"),
    PARTIAL("Partial breastfeeding"),
    NONE("No breastfeeding (bottle)");

    private final String label;

    Feeding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
