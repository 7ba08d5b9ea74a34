package app.floorplan.core.suggestion;

import app.floorplan.core.intake.AggravatingActivity;
import app.floorplan.core.intake.Intake;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Intake answers worded as the facts a suggestion is made "because" of, so every rule words them alike. */
final class Facts {

    private Facts() {}

    /** E.g. "Intake: pain brought on by lifting the car seat", for each of {@code activities} the patient named. */
    static List<String> painBroughtOnBy(Intake intake, Set<AggravatingActivity> activities) {
        return intake.pain().aggravatingActivities().stream()
                .filter(activities::contains)
                .sorted()
                .map(activity -> "Intake: pain brought on by " + lowerFirst(activity.label()))
                .toList();
    }

    static String lowerFirst(String label) {
        return label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }
}
