package app.floorplan.core.progress;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The pain level the patient's logged pain is compared with, to notice a rise.
 *
 * <p>Definition: the median of the first {@value #FIRST_RATINGS} pain ratings she logged since her program started (the
 * median, so one bad or good first day does not set it); until she has logged that many, her intake NRS "pain now";
 * without either there is no baseline and no rise can be judged. It is taken from the program's start, not from its
 * latest version, so a progression that makes pain worse is still compared with where she began.
 *
 * @param value NRS 0-10
 */
public record PainBaseline(int value, Source source) {

    public static final int FIRST_RATINGS = 3;

    public enum Source {
        FIRST_LOGGED_RATINGS,
        INTAKE
    }

    public PainBaseline {
        if (value < 0 || value > 10) {
            throw new IllegalArgumentException("NRS 0-10, got " + value);
        }
    }

    /**
     * @param ratingsSinceStart her logged pain ratings since the program started, oldest first (only the first three
     *     are used)
     * @param intakeNow NRS "pain now" of her current intake, if any
     */
    public static Optional<PainBaseline> of(List<Integer> ratingsSinceStart, OptionalInt intakeNow) {
        if (ratingsSinceStart.size() >= FIRST_RATINGS) {
            List<Integer> first = ratingsSinceStart.subList(0, FIRST_RATINGS).stream()
                    .sorted()
                    .toList();
            return Optional.of(new PainBaseline(first.get(FIRST_RATINGS / 2), Source.FIRST_LOGGED_RATINGS));
        }
        if (intakeNow.isPresent()) {
            return Optional.of(new PainBaseline(intakeNow.getAsInt(), Source.INTAKE));
        }
        return Optional.empty();
    }

    /** How it was set, for the PT reading the chart. */
    public String explanation() {
        return switch (source) {
            case FIRST_LOGGED_RATINGS -> "median of her first three pain ratings since the program started";
            case INTAKE -> "pain now at intake (fewer than three ratings logged yet)";
        };
    }
}
