package app.floorplan.core.session;

import app.floorplan.core.exercise.dosage.CountRange;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One thing to do or wait for in a guided session, in the order the phone plays them. Counts and lengths given as a
 * range are counted at their lower bound and show the range ("hold 5 seconds, your plan says 5-10").
 */
public sealed interface SessionStep {

    /** Reps she counts herself by tapping once per rep; the set is done at {@code reps.low()}. */
    record RepCount(CountRange reps, Round round) implements SessionStep {
        public RepCount {
            Objects.requireNonNull(reps, "reps");
            Objects.requireNonNull(round, "round");
        }
    }

    /**
     * {@code times} holds of {@code length} (seconds on a clock, or breaths with the pacer). Between two holds she
     * rests {@code restSeconds} when her plan says so; otherwise she lets go fully and starts the next hold when ready.
     */
    record Holds(
            CountRange length,
            HoldUnit unit,
            int times,
            CountRange prescribedTimes,
            OptionalInt restSeconds,
            Round round)
            implements SessionStep {
        public Holds {
            Objects.requireNonNull(length, "length");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(prescribedTimes, "prescribedTimes");
            Objects.requireNonNull(restSeconds, "restSeconds");
            Objects.requireNonNull(round, "round");
            if (times < 1) {
                throw new IllegalArgumentException("at least one hold");
            }
        }
    }

    /** A continuous bout (walking, breathing practice, scar massage) timed by a countdown. */
    record Timed(Duration length, Round round) implements SessionStep {
        public Timed {
            Objects.requireNonNull(length, "length");
            Objects.requireNonNull(round, "round");
        }
    }

    /** A rest between sets, as prescribed; she may end it early. */
    record Rest(int seconds) implements SessionStep {
        public Rest {
            if (seconds < 1) {
                throw new IllegalArgumentException("a rest of at least a second");
            }
        }
    }

    /** The first side is done: change position for the other side. */
    record SwitchSides() implements SessionStep {}
}
