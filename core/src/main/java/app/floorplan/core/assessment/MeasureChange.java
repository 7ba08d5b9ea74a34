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
     * @param threshold what the difference is weighed against: for an inter-rectus distance the smallest real change of
     *     the method at that site (or that none is published), for pain on the NRS the minimal important change
     */
    record Numeric(
            Measure measure,
            BigDecimal earlier,
            BigDecimal later,
            Optional<IrdMethod> method,
            ChangeThreshold threshold)
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
            var change = difference().abs();
            return switch (threshold) {
                case ChangeThreshold.SmallestRealChange band -> {
                    if (change.compareTo(band.lowest()) < 0) {
                        yield ChangeSize.WITHIN_MEASUREMENT_ERROR;
                    }
                    yield change.compareTo(band.highest()) < 0
                            ? ChangeSize.POSSIBLY_MEASUREMENT_ERROR
                            : ChangeSize.BEYOND_MEASUREMENT_ERROR;
                }
                case ChangeThreshold.MinimalImportantChange important ->
                    change.compareTo(important.amount()) < 0
                            ? ChangeSize.BELOW_MINIMAL_IMPORTANT_CHANGE
                            : ChangeSize.MINIMAL_IMPORTANT_CHANGE_REACHED;
                case ChangeThreshold.NoPublishedErrorBand none -> ChangeSize.NO_PUBLISHED_ERROR_BAND;
                case ChangeThreshold.Unknown unknown -> ChangeSize.MEASUREMENT_ERROR_UNKNOWN;
            };
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

    /** A state of the exam, e.g. the resting tone, shown in words. */
    record Category(Measure measure, String earlier, String later, Direction direction) implements MeasureChange {}

    /**
     * Measured or tested at only one of the visits, or in ways that cannot be subtracted (e.g. mm by ultrasound, then
     * fingers).
     */
    record NotComparable(Measure measure, String reason) implements MeasureChange {}
}
