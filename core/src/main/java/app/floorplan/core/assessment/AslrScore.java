package app.floorplan.core.assessment;

import app.floorplan.core.validation.Violations;
import java.util.Optional;

/**
 * Active straight leg raise ([MENS-2001]): each side scored 0 (not difficult at all) to 5 (unable to do), total 0-10.
 *
 * @param withPelvicCompression the result of repeating the test with the pelvis compressed, when done
 */
public record AslrScore(int left, int right, Optional<PelvicCompressionEffect> withPelvicCompression) {

    // [MENS-2001]: each side 0 (not difficult at all) to 5 (unable to do).
    public static final int MAX_PER_SIDE = 5;
    // [MENS-2001]: totals 1-10 positive, 0 negative (the best balance of sensitivity and specificity).
    public static final int POSITIVE_FROM_TOTAL = 1;

    public static final String FIELD_LEFT = "aslr.left";
    public static final String FIELD_RIGHT = "aslr.right";
    public static final String FIELD_PELVIC_COMPRESSION = "aslr.pelvicCompression";

    public AslrScore {
        new Violations()
                .check(
                        left >= 0 && left <= MAX_PER_SIDE,
                        FIELD_LEFT,
                        "Score each side from 0 (no difficulty) to 5 (unable)")
                .check(
                        right >= 0 && right <= MAX_PER_SIDE,
                        FIELD_RIGHT,
                        "Score each side from 0 (no difficulty) to 5 (unable)")
                // Nothing can improve on a total of 0, so "better" there is a slip of the form.
                .check(
                        left + right > 0 || !withPelvicCompression.equals(Optional.of(PelvicCompressionEffect.BETTER)),
                        FIELD_PELVIC_COMPRESSION,
                        "With no difficulty on either side, compression cannot make the test better")
                .throwIfAny();
    }

    public static AslrScore of(int left, int right, Optional<PelvicCompressionEffect> withPelvicCompression) {
        return new AslrScore(left, right, withPelvicCompression);
    }

    public int total() {
        return left + right;
    }

    public boolean positive() {
        return total() >= POSITIVE_FROM_TOTAL;
    }
}
