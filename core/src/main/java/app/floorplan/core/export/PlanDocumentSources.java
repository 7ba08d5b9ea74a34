package app.floorplan.core.export;

import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.program.ExerciseLookup;
import app.floorplan.core.safety.GetHelpNow;
import java.util.Objects;

/**
 * What a plan handout is built from besides the program: the clinic's exercises, the prescribing PT's name, the
 * clinic's calendar (the day a version was prescribed) and the "When to get help now" card with the local emergency
 * number.
 */
public record PlanDocumentSources(
        ExerciseLookup exercises, AccountRepository accounts, ClinicCalendar calendar, GetHelpNow getHelpNow) {

    public PlanDocumentSources {
        Objects.requireNonNull(exercises, "exercises");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(getHelpNow, "getHelpNow");
    }

    PlanDocumentFactory factory() {
        return new PlanDocumentFactory(exercises, accounts, calendar, getHelpNow);
    }
}
