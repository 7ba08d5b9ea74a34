package app.floorplan.core.exercise;

/** What an exercise mainly trains; used to group and filter the library. Stored by {@link #name()}. */
public enum ExerciseCategory {
    BREATHING("Breathing"),
    PELVIC_FLOOR_STRENGTH("Pelvic floor strength"),
    /** Down-training: what a high-tone or poorly relaxing pelvic floor gets instead of more strengthening. */
    PELVIC_FLOOR_RELAXATION("Pelvic floor relaxation"),
    DEEP_CORE("Deep core"),
    LATERAL_CORE("Side core"),
    HIPS_GLUTES("Hips and glutes"),
    SPINAL_MOBILITY("Spinal mobility"),
    THORACIC_MOBILITY("Upper back mobility"),
    FUNCTIONAL_LIFTING("Lifting"),
    SIT_TO_STAND("Sit to stand"),
    SCAR_CARE("C-section scar care"),
    WALKING("Walking");

    private final String label;

    ExerciseCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
