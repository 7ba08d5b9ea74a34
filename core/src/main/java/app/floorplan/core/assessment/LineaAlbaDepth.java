package app.floorplan.core.assessment;

import app.floorplan.core.validation.InvalidInputException;

/**
 * How deep the palpating fingertips sink into the linea alba under load, counted in knuckles of the palpating finger:
 * 0 the fingertip stays on the surface, 1 to the first (distal) knuckle, 2 to the second, 3 to the third. A finger
 * has three knuckles, so 3 is the deepest a finger can measure.
 */
public record LineaAlbaDepth(int knuckles) {

    public static final int MAX_KNUCKLES = 3;
    public static final String FIELD = "diastasis.depth";

    public LineaAlbaDepth {
        if (knuckles < 0 || knuckles > MAX_KNUCKLES) {
            throw new InvalidInputException(FIELD, "Depth is 0 (surface) to 3 knuckles");
        }
    }

    public static LineaAlbaDepth of(int knuckles) {
        return new LineaAlbaDepth(knuckles);
    }

    public String label() {
        return switch (knuckles) {
            case 0 -> "Fingertip stays on the surface";
            case 1 -> "To the first knuckle";
            case 2 -> "To the second knuckle";
            default -> "To the third knuckle";
        };
    }
}
