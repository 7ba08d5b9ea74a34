package app.floorplan.core.exercise.dosage;

import static app.floorplan.core.exercise.dosage.Dosage.MAX_DAYS_PER_WEEK;
import static app.floorplan.core.exercise.dosage.Dosage.MAX_DURATION;
import static app.floorplan.core.exercise.dosage.Dosage.MAX_HOLD_BREATHS;
import static app.floorplan.core.exercise.dosage.Dosage.MAX_HOLD_SECONDS;
import static app.floorplan.core.exercise.dosage.Dosage.MAX_LOAD_LENGTH;
import static app.floorplan.core.exercise.dosage.Dosage.MAX_REPS;
import static app.floorplan.core.exercise.dosage.Dosage.MAX_REST_SECONDS;
import static app.floorplan.core.exercise.dosage.Dosage.MAX_SETS;
import static app.floorplan.core.exercise.dosage.Dosage.MAX_TIMES_PER_DAY;

import app.floorplan.core.exercise.dosage.Dosage.Span;
import app.floorplan.core.validation.Violations;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The rules documented on {@link Dosage}, in one place so the builder and the constructor cannot drift apart. */
final class DosageRules {

    private DosageRules() {}

    static Violations check(Dosage.Builder in) {
        var found = new Violations();
        range(found, DosageFields.SETS, in.sets, MAX_SETS, "Sets must be between 1 and " + MAX_SETS);
        range(found, DosageFields.REPS, in.reps, MAX_REPS, "Reps must be between 1 and " + MAX_REPS);
        range(
                found,
                DosageFields.HOLD_SECONDS,
                in.holdSeconds,
                MAX_HOLD_SECONDS,
                "A hold must be between 1 and " + MAX_HOLD_SECONDS + " seconds");
        range(
                found,
                DosageFields.HOLD_BREATHS,
                in.holdBreaths,
                MAX_HOLD_BREATHS,
                "A hold must be between 1 and " + MAX_HOLD_BREATHS + " breaths");
        duration(found, in.duration);
        between(
                found,
                DosageFields.TIMES_PER_DAY,
                in.timesPerDay,
                1,
                MAX_TIMES_PER_DAY,
                "Times per day must be between 1 and " + MAX_TIMES_PER_DAY);
        between(
                found,
                DosageFields.DAYS_PER_WEEK,
                in.daysPerWeek,
                1,
                MAX_DAYS_PER_WEEK,
                "Days per week must be between 1 and " + MAX_DAYS_PER_WEEK);
        between(
                found,
                DosageFields.REST_SECONDS,
                in.restSeconds,
                0,
                MAX_REST_SECONDS,
                "Rest must be between 0 and " + MAX_REST_SECONDS + " seconds");
        load(found, in.load);
        combinations(found, in);
        return found;
    }

    private static void range(Violations found, String field, @Nullable Span span, int max, String outOfBounds) {
        if (span == null) {
            return;
        }
        if (span.low() < 1 || span.low() > max || span.high() < 1 || span.high() > max) {
            found.add(field, outOfBounds);
        } else if (span.high() < span.low()) {
            found.add(field, "Write the smaller number first, e.g. 8-10");
        }
    }

    private static void duration(Violations found, @Nullable Duration duration) {
        if (duration == null) {
            return;
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
            found.add(DosageFields.DURATION, "A duration must be more than 0 and at most 120 minutes");
        } else if (duration.getNano() != 0) {
            found.add(DosageFields.DURATION, "A duration is given in whole seconds");
        }
    }

    private static void between(
            Violations found, String field, @Nullable Integer value, int min, int max, String message) {
        if (value != null && (value < min || value > max)) {
            found.add(field, message);
        }
    }

    private static void load(Violations found, String load) {
        var text = load.strip();
        if (text.length() > MAX_LOAD_LENGTH) {
            found.add(DosageFields.LOAD, "Describe the load in at most " + MAX_LOAD_LENGTH + " characters");
        }
        if (text.contains("\n") || text.contains("\r")) {
            found.add(DosageFields.LOAD, "Describe the load on one line");
        }
    }

    private static void combinations(Violations found, Dosage.Builder in) {
        boolean hold = in.holdSeconds != null || in.holdBreaths != null;
        if (in.reps == null && !hold && in.duration == null) {
            found.add(DosageFields.DOSAGE, "Say how much: reps, a hold or a duration");
        }
        if (in.holdSeconds != null && in.holdBreaths != null) {
            found.add(DosageFields.HOLD_BREATHS, "Time the hold in seconds or in breaths, not both");
        }
        if (in.duration != null && (in.reps != null || hold)) {
            found.add(
                    DosageFields.DURATION, "A timed exercise has no reps or holds: give a duration or reps and holds");
        }
        if (in.restSeconds != null && in.sets == null && in.reps == null) {
            found.add(
                    DosageFields.REST_SECONDS,
                    "Rest is taken between sets or reps: add sets or reps, or leave rest out");
        }
    }
}
