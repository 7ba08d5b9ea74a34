package app.floorplan.core.assessment;

import app.floorplan.core.validation.InvalidInputException;

/** Pelvic floor contraction strength on the Modified Oxford Scale (Laycock), 0-5. */
public record OxfordGrade(int value) {

    public static final int MIN = 0;
    public static final int MAX = 5;
    public static final String FIELD = "pelvicFloor.oxford";

    // Modified Oxford Scale (Laycock): 0 none, 1 flicker, 2 weak, 3 moderate, 4 good, 5 strong.
    private static final String[] LABELS = {"none", "flicker", "weak", "moderate", "good", "strong"};

    public OxfordGrade {
        if (value < MIN || value > MAX) {
            throw new InvalidInputException(FIELD, "The Oxford grade is 0 (none) to 5 (strong)");
        }
    }

    public static OxfordGrade of(int value) {
        return new OxfordGrade(value);
    }

    /** The scale's word for the grade, e.g. "weak". */
    public String label() {
        return LABELS[value];
    }
}
