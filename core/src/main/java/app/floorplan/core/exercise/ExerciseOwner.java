package app.floorplan.core.exercise;

import app.floorplan.core.identity.ClinicId;
import java.util.Objects;

/** Who an exercise belongs to: FloorPlan's built-in library (shared by every clinic, read-only) or one clinic. */
public sealed interface ExerciseOwner {

    /** Shipped with FloorPlan; identified by its stable code. */
    record BuiltIn(ExerciseCode code) implements ExerciseOwner {
        public BuiltIn {
            Objects.requireNonNull(code, "code");
        }
    }

    /** Added by a clinic; only that clinic sees and edits it. */
    record ClinicOwned(ClinicId clinic) implements ExerciseOwner {
        public ClinicOwned {
            Objects.requireNonNull(clinic, "clinic");
        }
    }
}
