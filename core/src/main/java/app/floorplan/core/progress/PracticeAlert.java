package app.floorplan.core.progress;

import java.util.Objects;
import java.util.Optional;

/**
 * One alert for the PT.
 *
 * @param patientName the patient's full name, for the list
 * @param what what triggered it in plain words, e.g. "Pain 8 on 20 Nov"; may hold the patient's own words (plain text,
 *     to be shown escaped)
 * @param exerciseName the exercise's name when the alert is about one
 * @param assignedToActor whether the patient is assigned to the PT reading the list
 * @param acknowledgement present once a PT acknowledged it
 */
public record PracticeAlert(
        AlertKey key,
        String patientName,
        String what,
        Optional<String> exerciseName,
        boolean assignedToActor,
        Optional<AlertAcknowledgement> acknowledgement) {

    public PracticeAlert {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(patientName, "patientName");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(exerciseName, "exerciseName");
        Objects.requireNonNull(acknowledgement, "acknowledgement");
    }

    public boolean acknowledged() {
        return acknowledgement.isPresent();
    }

    public PracticeAlert acknowledgedBy(Optional<AlertAcknowledgement> found) {
        return new PracticeAlert(key, patientName, what, exerciseName, assignedToActor, found);
    }
}
