package app.floorplan.core.safety;

import app.floorplan.core.validation.Violations;
import java.util.Arrays;
import java.util.List;

/**
 * The "When to get help now" card: the warning signs grouped by how soon to act, with the number to call. Shown on
 * My plan and the log page, and at once after she logs something that may be a warning sign.
 *
 * @param emergencyNumber the local emergency number, e.g. "112", "999" or "911" (a deployment setting)
 */
public record GetHelpNow(String emergencyNumber) {

    public static final String DEFAULT_EMERGENCY_NUMBER = "112";

    public static final String TITLE = "When to get help now";

    public GetHelpNow {
        emergencyNumber = emergencyNumber.strip();
        new Violations()
                .check(
                        emergencyNumber.matches("[0-9 +]{2,15}"),
                        "emergencyNumber",
                        "The emergency number has 2 to 15 digits")
                .throwIfAny();
    }

    /** The heading above the signs that need an ambulance, e.g. "Call 112 now if you notice:". */
    public String emergencyHeading() {
        return "Call " + emergencyNumber + " now if you notice:";
    }

    public List<WarningSign> emergencySigns() {
        return signs(HelpUrgency.EMERGENCY);
    }

    /** The heading above the signs that need a midwife, GP or maternity unit now. */
    public String callNowHeading() {
        return "Call your midwife, GP or maternity unit now, day or night, if you notice:";
    }

    public List<WarningSign> callNowSigns() {
        return signs(HelpUrgency.CALL_NOW);
    }

    /** What to do when nobody answers, and why not to wait for the physiotherapist. */
    public String footer() {
        return "If you cannot reach them straight away, call " + emergencyNumber + ". Do not wait for your next"
                + " physiotherapy appointment: your physiotherapist does not read your log at all times.";
    }

    private static List<WarningSign> signs(HelpUrgency urgency) {
        return Arrays.stream(WarningSign.values())
                .filter(sign -> sign.urgency() == urgency)
                .toList();
    }
}
