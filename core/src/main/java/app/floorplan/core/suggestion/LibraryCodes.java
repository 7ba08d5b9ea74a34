package app.floorplan.core.suggestion;

import app.floorplan.core.exercise.ExerciseCode;
import app.floorplan.core.exercise.library.StandardExerciseLibrary;

/** The built-in exercises the rules propose, by their stable codes (a code never changes once shipped). */
final class LibraryCodes {

    static final ExerciseCode DIAPHRAGMATIC_BREATHING = ExerciseCode.of("diaphragmatic-breathing");
    static final ExerciseCode SIT_TO_STAND_WITH_EXHALE = ExerciseCode.of("sit-to-stand-with-exhale");
    static final ExerciseCode TVA_DRAW_IN_WITH_BREATH = ExerciseCode.of("tva-draw-in-with-breath");
    static final ExerciseCode HEEL_SLIDES = ExerciseCode.of("heel-slides");
    static final ExerciseCode WALL_BUG_PRESS = StandardExerciseLibrary.WALL_BUG_PRESS;
    static final ExerciseCode WALL_BUG_PRESS_TABLETOP = StandardExerciseLibrary.WALL_BUG_PRESS_TABLETOP;
    static final ExerciseCode PELVIC_FLOOR_ENDURANCE_HOLDS = ExerciseCode.of("pelvic-floor-endurance-holds");
    static final ExerciseCode PELVIC_FLOOR_QUICK_FLICKS = ExerciseCode.of("pelvic-floor-quick-flicks");
    static final ExerciseCode PELVIC_FLOOR_RELAXATION_BREATHING = ExerciseCode.of("pelvic-floor-relaxation-breathing");
    static final ExerciseCode CHILD_POSE_BREATHING = ExerciseCode.of("child-pose-breathing");
    static final ExerciseCode MODIFIED_SIDE_PLANK = StandardExerciseLibrary.MODIFIED_SIDE_PLANK;
    static final ExerciseCode GLUTE_BRIDGE = ExerciseCode.of("glute-bridge");
    static final ExerciseCode SIDE_LYING_OPEN_BOOK = StandardExerciseLibrary.SIDE_LYING_OPEN_BOOK;
    static final ExerciseCode SEATED_THORACIC_ROTATION = ExerciseCode.of("seated-thoracic-rotation");
    static final ExerciseCode SCAR_DESENSITISATION = ExerciseCode.of("c-section-scar-desensitisation");
    static final ExerciseCode SCAR_MOBILISATION = ExerciseCode.of("c-section-scar-mobilisation");
    static final ExerciseCode HIP_HINGE_PRACTICE = ExerciseCode.of("hip-hinge-practice");

    private LibraryCodes() {}
}
