package app.floorplan.core.screening;

import app.floorplan.core.intake.RedFlagConcern;
import app.floorplan.core.intake.RedFlagLedger;
import app.floorplan.core.intake.StaffNames;
import app.floorplan.core.mood.EpdsScore;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every red-flag screen of one patient, newest visit first, with who recorded each outcome.
 *
 * @param screens the intake's screen and each assessment's, newest first; assessments recorded before the screen was
 *     part of an assessment have none
 */
public record RedFlagReport(List<VisitScreen> screens, StaffNames staff) {

    public RedFlagReport {
        screens = List.copyOf(screens);
    }

    /** Every positive flag, at any visit, that still blocks prescribing. */
    public List<RedFlagLedger.Entry> blocking() {
        return screens.stream().flatMap(screen -> screen.blocking().stream()).toList();
    }

    public boolean anyBlocking() {
        return !blocking().isEmpty();
    }

    /** The conditions behind the blocking flags, in the order of urgency of {@link RedFlagConcern}. */
    public List<RedFlagConcern> concernsToActOn() {
        return blocking().stream()
                .map(entry -> entry.flag().concern())
                .distinct()
                .sorted()
                .toList();
    }

    /** The newest EPDS done at a visit, with its day. */
    public Optional<DatedEpds> latestEpds() {
        return screens.stream()
                .filter(screen -> screen.screen().epds().isPresent())
                .max(Comparator.comparing(VisitScreen::date))
                .map(screen ->
                        new DatedEpds(screen.date(), screen.screen().epdsScore().orElseThrow()));
    }

    /** An EPDS score and the day it was done. */
    public record DatedEpds(LocalDate date, EpdsScore score) {}
}
