package app.floorplan.core.progress;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A patient of the clinic with an active home program, with what the alert rules need besides her recent days.
 *
 * @param programStarted when the program's first version was prescribed
 * @param firstPainRatings her first pain ratings since the program started, oldest first, at most {@value
 *     PainBaseline#FIRST_RATINGS}
 * @param intakePainNow NRS "pain now" of her current intake
 * @param lastLogged her latest logged day, if she ever logged
 */
public record RosterEntry(
        PatientId patient,
        String name,
        Optional<AccountId> assignedPt,
        Instant programStarted,
        List<Integer> firstPainRatings,
        OptionalInt intakePainNow,
        Optional<LocalDate> lastLogged) {

    public RosterEntry {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(assignedPt, "assignedPt");
        Objects.requireNonNull(programStarted, "programStarted");
        firstPainRatings = List.copyOf(firstPainRatings);
        Objects.requireNonNull(intakePainNow, "intakePainNow");
        Objects.requireNonNull(lastLogged, "lastLogged");
    }

    public Optional<PainBaseline> baseline() {
        return PainBaseline.of(firstPainRatings, intakePainNow);
    }
}
