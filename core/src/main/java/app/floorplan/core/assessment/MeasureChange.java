package app.floorplan.core.assessment;

import java.math.BigDecimal;
import java.util.Optional;

/** How one measured value changed from the earlier to the later assessment, or why it cannot be compared. */
public sealed interface MeasureChange {

    Measure measure();

    /**
     * A number measured the same way twice.
     *
     * @param method for an inter-rectus distance, the method both readings share
     * @param smallestRealChange a smaller difference is within measurement error: for an inter-rectus distance the
     *     method's smallest real change, for pain on the NRS the minimal clinically important difference; empty when
     *     unknown
     */
    record Numeric(
            Measure measure,
            BigDecimal earlier,
            BigDecimal later,
            Optional<IrdMethod> method,
            Optional<BigDecimal> smallestRealChange)
            implements MeasureChange {

        public BigDecimal difference() {
            return later.subtract(earlier);
        }

        public Direction direction() {
            var sign = difference().signum();
            if (sign == 0) {
                return Direction.UNCHANGED;
            }
            var lower = sign < 0;
            return lower == measure.kind().lowerIsBetter() ? Direction.IMPROVED : Direction.WORSE;
        }

        public ChangeSize size() {
            return smallestRealChange
                    .map(smallest -> difference().abs().compareTo(smallest) < 0
                            ? ChangeSize.WITHIN_MEASUREMENT_ERROR
                            : ChangeSize.BEYOND_MEASUREMENT_ERROR)
                    .orElse(ChangeSize.MEASUREMENT_ERROR_UNKNOWN);
        }

        /** The unit of both values, e.g. "mm", "finger widths", "s"; empty for grades, scores and counts. */
        public String unit() {
            if (measure.kind() == MeasureKind.PERFECT_ENDURANCE) {
                return "s";
            }
            return method.map(value -> value.unit().label()).orElse("");
        }
    }

    /** A yes/no item of the exam; yes is better. */
    record YesNo(Measure measure, boolean earlier, boolean later) implements MeasureChange {

        public Direction direction() {
            if (earlier == later) {
                return Direction.UNCHANGED;
            }
            return later ? Direction.IMPROVED : Direction.WORSE;
        }
    }

    /** Measured at only one of the visits, or in ways that cannot be subtracted (e.g. mm by ultrasound, then fingers). */
    record NotComparable(Measure measure, String reason) implements MeasureChange {}
}
