package app.floorplan.core.diary;

/**
 * What she was doing when she leaked: stress leaks (cough, sneeze, laugh, lifting, exercise) and urge leaks (on the way
 * to the toilet) point to different treatment, so the PT sees them apart.
 */
public enum LeakTrigger {
    COUGH_SNEEZE_LAUGH("Coughing, sneezing or laughing"),
    LIFTING_OR_EXERCISE("Lifting, bending or exercise"),
    URGE("A sudden urge, on the way to the toilet"),
    NO_REASON("No obvious reason"),
    OTHER("Something else");

    private final String label;

    LeakTrigger(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
