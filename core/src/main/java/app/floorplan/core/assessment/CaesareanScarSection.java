package app.floorplan.core.assessment;

/**
 * A caesarean scar. Only recorded for a patient whose obstetric history has a caesarean; {@link Assessment#record}
 * checks that.
 */
public record CaesareanScarSection(boolean healed, ScarMobility mobility, ScarSensitivity sensitivity) {

    public static final String FIELD = "caesareanScar";
}
