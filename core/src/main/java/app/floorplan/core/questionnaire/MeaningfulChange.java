package app.floorplan.core.questionnaire;

import app.floorplan.core.record.DecimalPrecision;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The published size of a change that counts, for one score: a change at least this large (in either direction) is
 * called improved or worse, a smaller one "changed less than" it.
 *
 * @param points the threshold in the score's own points
 * @param kind what the source measured: important, detectable or reliable change
 * @param source the key of the source in docs/clinical-sources.md
 * @param note where the figure comes from and how far it carries, shown with it
 */
public record MeaningfulChange(BigDecimal points, ChangeKind kind, String source, String note) {

    public MeaningfulChange {
        points = DecimalPrecision.normalized(points);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
        if (points.signum() <= 0) {
            throw new IllegalArgumentException("a change threshold is above 0");
        }
    }

    public static MeaningfulChange of(String points, ChangeKind kind, String source, String note) {
        return new MeaningfulChange(new BigDecimal(points), kind, source, note);
    }

    /** E.g. "minimal important change 24 points [KARJALAINEN-2021]". */
    public String label() {
        return kind.label() + " " + points.toPlainString() + " points [" + source + "]";
    }

    /** True when the difference reaches the threshold in either direction. */
    public boolean reachedBy(BigDecimal difference) {
        return difference.abs().compareTo(points) >= 0;
    }
}
