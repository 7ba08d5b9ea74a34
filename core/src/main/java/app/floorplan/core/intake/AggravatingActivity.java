package app.floorplan.core.intake;

/** Daily-life activities with a baby that typically bring on postpartum back pain. */
public enum AggravatingActivity {
    LIFTING_BABY("Lifting the baby"),
    LIFTING_CAR_SEAT("Lifting the car seat"),
    BENDING_OVER_CRIB("Bending over the crib"),
    FEEDING_HUNCHED("Long feeds hunched forward"),
    HOLDING_ON_HIP("Holding the baby on one hip"),
    STANDING_UP_FROM_FLOOR("Standing up from the floor"),
    END_OF_DAY("End of a long day"),
    BABYWEARING("Babywearing");

    private final String label;

    AggravatingActivity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
