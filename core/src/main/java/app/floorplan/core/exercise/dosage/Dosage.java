package app.floorplan.core.exercise.dosage;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * How much of an exercise to do and how often. Every field is optional, but a dosage must say how much: reps, a hold
 * or a duration. Build one with {@link #builder()}, which reports every refused value at once; the constructor applies
 * the same rules, so no invalid dosage exists (also when read back from the database).
 *
 * <p>Rules (field keys in {@link DosageFields}):
 *
 * <ul>
 *   <li>sets 1-20, reps 1-100, hold 1-300 seconds, hold 1-20 breaths: each an exact count or a range, low before high;
 *   <li>duration more than 0 and at most 120 minutes, in whole seconds;
 *   <li>times per day 1-10, days per week 1-7, rest 0-600 seconds;
 *   <li>load: free text of at most 40 characters on one line (e.g. "2 kg", "baby car seat"); blank means none;
 *   <li>at least one of reps, hold or duration ({@code "dosage"}), since sets or a frequency alone say nothing about the
 *       amount;
 *   <li>a hold is timed in seconds or in breaths, not both ({@code "dosage.holdBreaths"});
 *   <li>a duration is for continuous activity (walking, breathing practice, scar massage), so it excludes reps and
 *       holds ({@code "dosage.duration"});
 *   <li>rest needs sets or reps to rest between ({@code "dosage.restSeconds"}).
 * </ul>
 *
 * A set without reps is one hold or one timed bout: "2-3 sets, each side: hold 3-5 breaths".
 */
public record Dosage(
        Optional<CountRange> sets,
        Optional<CountRange> reps,
        Optional<CountRange> holdSeconds,
        Optional<CountRange> holdBreaths,
        boolean perSide,
        Optional<Duration> duration,
        OptionalInt timesPerDay,
        OptionalInt daysPerWeek,
        OptionalInt restSeconds,
        Optional<String> load) {

    public static final int MAX_SETS = 20;
    public static final int MAX_REPS = 100;
    public static final int MAX_HOLD_SECONDS = 300;
    public static final int MAX_HOLD_BREATHS = 20;
    public static final Duration MAX_DURATION = Duration.ofMinutes(120);
    public static final int MAX_TIMES_PER_DAY = 10;
    public static final int MAX_DAYS_PER_WEEK = 7;
    public static final int MAX_REST_SECONDS = 600;
    public static final int MAX_LOAD_LENGTH = 40;

    public Dosage {
        Objects.requireNonNull(sets, "sets");
        Objects.requireNonNull(reps, "reps");
        Objects.requireNonNull(holdSeconds, "holdSeconds");
        Objects.requireNonNull(holdBreaths, "holdBreaths");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(timesPerDay, "timesPerDay");
        Objects.requireNonNull(daysPerWeek, "daysPerWeek");
        Objects.requireNonNull(restSeconds, "restSeconds");
        load = Objects.requireNonNull(load, "load").map(String::strip).filter(text -> !text.isEmpty());
        DosageRules.check(new Builder(
                        sets,
                        reps,
                        holdSeconds,
                        holdBreaths,
                        perSide,
                        duration,
                        timesPerDay,
                        daysPerWeek,
                        restSeconds,
                        load))
                .throwIfAny();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this dosage's values, for adjusting it (e.g. a longer hold when progressing). */
    public Builder toBuilder() {
        return new Builder(
                sets, reps, holdSeconds, holdBreaths, perSide, duration, timesPerDay, daysPerWeek, restSeconds, load);
    }

    /**
     * Collects raw form values without refusing any; {@link #build()} checks them all together. Setting a value twice
     * keeps the last one.
     */
    public static final class Builder {

        @Nullable
        Span sets;

        @Nullable
        Span reps;

        @Nullable
        Span holdSeconds;

        @Nullable
        Span holdBreaths;

        boolean perSide;

        @Nullable
        Duration duration;

        @Nullable
        Integer timesPerDay;

        @Nullable
        Integer daysPerWeek;

        @Nullable
        Integer restSeconds;

        String load = "";

        private Builder() {}

        private Builder(
                Optional<CountRange> sets,
                Optional<CountRange> reps,
                Optional<CountRange> holdSeconds,
                Optional<CountRange> holdBreaths,
                boolean perSide,
                Optional<Duration> duration,
                OptionalInt timesPerDay,
                OptionalInt daysPerWeek,
                OptionalInt restSeconds,
                Optional<String> load) {
            this.sets = sets.map(Span::of).orElse(null);
            this.reps = reps.map(Span::of).orElse(null);
            this.holdSeconds = holdSeconds.map(Span::of).orElse(null);
            this.holdBreaths = holdBreaths.map(Span::of).orElse(null);
            this.perSide = perSide;
            this.duration = duration.orElse(null);
            this.timesPerDay = timesPerDay.isPresent() ? timesPerDay.getAsInt() : null;
            this.daysPerWeek = daysPerWeek.isPresent() ? daysPerWeek.getAsInt() : null;
            this.restSeconds = restSeconds.isPresent() ? restSeconds.getAsInt() : null;
            this.load = load.orElse("");
        }

        public Builder sets(int count) {
            return sets(count, count);
        }

        public Builder sets(int low, int high) {
            sets = new Span(low, high);
            return this;
        }

        public Builder sets(CountRange range) {
            return sets(range.low(), range.high());
        }

        public Builder reps(int count) {
            return reps(count, count);
        }

        public Builder reps(int low, int high) {
            reps = new Span(low, high);
            return this;
        }

        public Builder reps(CountRange range) {
            return reps(range.low(), range.high());
        }

        public Builder holdSeconds(int seconds) {
            return holdSeconds(seconds, seconds);
        }

        public Builder holdSeconds(int low, int high) {
            holdSeconds = new Span(low, high);
            return this;
        }

        public Builder holdSeconds(CountRange range) {
            return holdSeconds(range.low(), range.high());
        }

        public Builder holdBreaths(int breaths) {
            return holdBreaths(breaths, breaths);
        }

        public Builder holdBreaths(int low, int high) {
            holdBreaths = new Span(low, high);
            return this;
        }

        public Builder holdBreaths(CountRange range) {
            return holdBreaths(range.low(), range.high());
        }

        /** Each side separately: the amount is done on the left and again on the right. */
        public Builder perSide() {
            return perSide(true);
        }

        public Builder perSide(boolean eachSide) {
            perSide = eachSide;
            return this;
        }

        public Builder duration(Duration length) {
            duration = Objects.requireNonNull(length, "length");
            return this;
        }

        public Builder minutes(int minutes) {
            return duration(Duration.ofMinutes(minutes));
        }

        public Builder timesPerDay(int times) {
            timesPerDay = times;
            return this;
        }

        public Builder daysPerWeek(int days) {
            daysPerWeek = days;
            return this;
        }

        public Builder restSeconds(int seconds) {
            restSeconds = seconds;
            return this;
        }

        public Builder load(String text) {
            load = Objects.requireNonNull(text, "text");
            return this;
        }

        /** Refuses with every violation found, keyed by {@link DosageFields}. */
        public Dosage build() {
            DosageRules.check(this).throwIfAny();
            return new Dosage(
                    range(sets),
                    range(reps),
                    range(holdSeconds),
                    range(holdBreaths),
                    perSide,
                    Optional.ofNullable(duration),
                    optional(timesPerDay),
                    optional(daysPerWeek),
                    optional(restSeconds),
                    Optional.of(load));
        }

        private static Optional<CountRange> range(@Nullable Span span) {
            return span == null ? Optional.empty() : Optional.of(new CountRange(span.low(), span.high()));
        }

        private static OptionalInt optional(@Nullable Integer value) {
            return value == null ? OptionalInt.empty() : OptionalInt.of(value);
        }
    }

    /** A count or range as typed, before it is known to be valid. */
    record Span(int low, int high) {
        static Span of(CountRange range) {
            return new Span(range.low(), range.high());
        }
    }
}
