package app.floorplan.core.intake;

import app.floorplan.core.validation.InvalidInputException;

/** Pain on the 0-10 numeric rating scale (NRS): 0 no pain, 10 worst imaginable. */
public record NumericPainRating(int value) {

    public static final int MIN = 0;
    public static final int MAX = 10;

    public NumericPainRating {
        requireOnScale(value, "pain.nrs");
    }

    public static NumericPainRating of(int value) {
        return new NumericPainRating(value);
    }

    /** A rating for a form field, refused under that field's key (e.g. {@code "pain.nrsNow"}). */
    public static NumericPainRating of(int value, String field) {
        requireOnScale(value, field);
        return new NumericPainRating(value);
    }

    private static void requireOnScale(int value, String field) {
        if (value < MIN || value > MAX) {
            throw new InvalidInputException(field, "Pain must be rated from 0 to 10");
        }
    }

    /** As shown to a clinician, e.g. "7/10". */
    public String label() {
        return value + "/10";
    }
}
