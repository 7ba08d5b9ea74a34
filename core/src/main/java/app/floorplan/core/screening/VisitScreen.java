package app.floorplan.core.screening;

import app.floorplan.core.intake.RedFlagLedger;
import app.floorplan.core.intake.RedFlagResolution;
import app.floorplan.core.intake.RedFlagScreen;
import java.time.LocalDate;
import java.util.List;

/**
 * One visit's red-flag screen with the state of each positive flag and every outcome recorded for it.
 *
 * @param visit e.g. "Intake" or "Assessment of 3 Dec 2026"
 * @param date the day the screen was asked
 * @param entries each positive flag with its state, in screen order
 * @param outcomes every outcome recorded for this screen, oldest first
 */
public record VisitScreen(
        ScreenRef ref,
        String visit,
        LocalDate date,
        RedFlagScreen screen,
        List<RedFlagLedger.Entry> entries,
        List<RedFlagResolution> outcomes) {

    public VisitScreen {
        entries = List.copyOf(entries);
        outcomes = List.copyOf(outcomes);
    }

    public static VisitScreen of(
            ScreenRef ref, String visit, LocalDate date, RedFlagScreen screen, List<RedFlagResolution> outcomes) {
        return new VisitScreen(ref, visit, date, screen, RedFlagLedger.entries(screen, outcomes), outcomes);
    }

    /** The positive flags that still block prescribing. */
    public List<RedFlagLedger.Entry> blocking() {
        return entries.stream().filter(RedFlagLedger.Entry::blocksPrescribing).toList();
    }
}
