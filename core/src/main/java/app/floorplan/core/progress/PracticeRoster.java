package app.floorplan.core.progress;

import app.floorplan.core.identity.ClinicId;
import java.util.List;

/** Port: the clinic's patients whose home program is active, for the alert list. */
public interface PracticeRoster {

    /**
     * Every patient of the clinic who is not archived and has a home program, with her baseline inputs and last logged
     * day, in one statement whatever the number of patients.
     */
    List<RosterEntry> activePrograms(ClinicId clinic);
}
