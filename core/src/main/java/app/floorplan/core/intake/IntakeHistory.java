package app.floorplan.core.intake;

import java.util.List;

/**
 * Every version of a patient's intake, oldest first; replaced versions stay readable.
 *
 * @param staff names of every version's author and of everyone who recorded a referral or clearance
 */
public record IntakeHistory(List<Intake> versions, StaffNames staff) {

    public IntakeHistory {
        versions = List.copyOf(versions);
    }
}
