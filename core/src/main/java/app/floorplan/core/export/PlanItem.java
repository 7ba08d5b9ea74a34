package app.floorplan.core.export;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.portal.PlanExercise;
import java.util.Objects;

/**
 * One exercise of a plan on paper or in another system: what the patient reads ({@link PlanExercise}, the same words as
 * on My plan) and the dosage as prescribed, for a receiving system to read the numbers rather than a sentence.
 */
public record PlanItem(ExerciseId exerciseId, PlanExercise shown, Dosage dosage) {

    public PlanItem {
        Objects.requireNonNull(exerciseId, "exerciseId");
        Objects.requireNonNull(shown, "shown");
        Objects.requireNonNull(dosage, "dosage");
    }
}
