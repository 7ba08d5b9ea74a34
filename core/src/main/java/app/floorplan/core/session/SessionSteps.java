package app.floorplan.core.session;

import app.floorplan.core.exercise.dosage.CountRange;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.session.SessionStep.Holds;
import app.floorplan.core.session.SessionStep.RepCount;
import app.floorplan.core.session.SessionStep.Rest;
import app.floorplan.core.session.SessionStep.SwitchSides;
import app.floorplan.core.session.SessionStep.Timed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns a prescribed dosage into the steps of a guided session, from the dosage alone (no fixed defaults):
 *
 * <ul>
 *   <li>sets: the work is repeated for each set, the lower bound of a range; the prescribed rest comes between sets;
 *   <li>per side: each set is done on the first side, then "switch sides" and the other side;
 *   <li>reps without a hold: a rep counter for each set and side;
 *   <li>reps with a hold (seconds or breaths): that many holds; a rest between reps when the plan has rest and no
 *       sets (the way {@link app.floorplan.core.exercise.dosage.DosageText} reads rest), else she lets go and goes on
 *       when ready;
 *   <li>a hold without reps: one hold per set and side ("2-3 sets, each side: hold 3-5 breaths");
 *   <li>a duration: a countdown per set and side.
 * </ul>
 *
 * A rest of 0 seconds ("no rest needed") adds no rest step. How often a day or week, and the load, do not change the
 * steps of one session.
 */
public final class SessionSteps {

    private SessionSteps() {}

    public static List<SessionStep> of(Dosage dosage) {
        CountRange sets = dosage.sets().orElse(CountRange.exactly(1));
        List<Optional<Side>> sides = dosage.perSide()
                ? List.of(Optional.of(Side.FIRST), Optional.of(Side.SECOND))
                : List.of(Optional.empty());
        OptionalInt rest = positive(dosage.restSeconds());
        OptionalInt betweenReps = dosage.sets().isEmpty() ? rest : OptionalInt.empty();
        OptionalInt betweenSets = dosage.sets().isPresent() ? rest : OptionalInt.empty();
        List<SessionStep> steps = new ArrayList<>();
        for (int set = 1; set <= sets.low(); set++) {
            for (Optional<Side> side : sides) {
                if (side.isPresent() && !steps.isEmpty()) {
                    steps.add(new SwitchSides());
                }
                steps.add(work(dosage, new Round(set, sets, side), betweenReps));
            }
            if (set < sets.low() && betweenSets.isPresent()) {
                steps.add(new Rest(betweenSets.getAsInt()));
            }
        }
        return List.copyOf(steps);
    }

    private static SessionStep work(Dosage dosage, Round round, OptionalInt betweenReps) {
        if (dosage.duration().isPresent()) {
            return new Timed(dosage.duration().get(), round);
        }
        Optional<Holds> hold = dosage.holdSeconds()
                .map(seconds -> holds(seconds, HoldUnit.SECONDS, dosage, round, betweenReps))
                .or(() -> dosage.holdBreaths()
                        .map(breaths -> holds(breaths, HoldUnit.BREATHS, dosage, round, betweenReps)));
        if (hold.isPresent()) {
            return hold.get();
        }
        // the dosage rules guarantee reps when there is neither a duration nor a hold
        return new RepCount(dosage.reps().orElseThrow(), round);
    }

    private static Holds holds(CountRange length, HoldUnit unit, Dosage dosage, Round round, OptionalInt betweenReps) {
        CountRange times = dosage.reps().orElse(CountRange.exactly(1));
        return new Holds(length, unit, times.low(), times, times.low() > 1 ? betweenReps : OptionalInt.empty(), round);
    }

    private static OptionalInt positive(OptionalInt seconds) {
        return seconds.isPresent() && seconds.getAsInt() > 0 ? seconds : OptionalInt.empty();
    }
}
