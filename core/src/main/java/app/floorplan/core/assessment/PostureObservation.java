package app.floorplan.core.assessment;

/** Something notable in standing posture. */
public enum PostureObservation {
    RIB_FLARE("Rib flare"),
    FORWARD_HEAD("Forward head"),
    ROUNDED_SHOULDERS("Rounded shoulders"),
    SWAY_POSTURE("Sway posture (ribs not stacked over the pelvis)"),
    ANTERIOR_PELVIC_TILT("Anterior pelvic tilt"),
    POSTERIOR_PELVIC_TILT("Posterior pelvic tilt (tucked pelvis)"),
    LOCKED_KNEES("Locked knees");

    private final String label;

    PostureObservation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
