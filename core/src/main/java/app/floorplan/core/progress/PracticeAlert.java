package app.floorplan.core.progress;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One alert for the PT: a logged day with all its reasons, or a silence.
 *
 * @param patientName the patient's full name, for the list
 * @param reasons why, at least one; may hold the patient's own words (plain text, to be shown escaped)
 * @param urgentReasons why the day needs reading now (a possible warning sign in her words, pain of 8 or more); empty
 *     when it does not
 * @param assignedToActor whether the patient is assigned to the PT reading the list
 * @param unassigned whether the patient has no assigned PT, so every PT of the clinic sees her alerts by default
 * @param acknowledgement present once a PT acknowledged it
 */
public record PracticeAlert(
        AlertKey key,
        String patientName,
        List<AlertReason> reasons,
        List<String> urgentReasons,
        boolean assignedToActor,
        boolean unassigned,
        Optional<AlertAcknowledgement> acknowledgement) {

    public PracticeAlert {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(patientName, "patientName");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("an alert has at least one reason");
        }
        urgentReasons = List.copyOf(urgentReasons);
        Objects.requireNonNull(acknowledgement, "acknowledgement");
    }

    public boolean acknowledged() {
        return acknowledgement.isPresent();
    }

    public boolean urgent() {
        return !urgentReasons.isEmpty();
    }

    /** The reasons as one line, e.g. for the acknowledgement dialog. */
    public String summary() {
        return reasons.stream().map(AlertReason::what).collect(Collectors.joining("; "));
    }
}
