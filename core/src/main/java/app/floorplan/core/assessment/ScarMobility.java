package app.floorplan.core.assessment;

/** How freely a caesarean scar moves over the tissue beneath. */
public enum ScarMobility {
    MOBILE("Mobile"),
    RESTRICTED("Restricted"),
    ADHERENT("Adherent");

    private final String label;

    ScarMobility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
