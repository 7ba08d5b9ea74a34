package app.floorplan.core.exercise.library;

import static app.floorplan.core.exercise.ExerciseCategory.FUNCTIONAL_LIFTING;
import static app.floorplan.core.exercise.ExerciseCategory.SCAR_CARE;
import static app.floorplan.core.exercise.ExerciseCategory.SIT_TO_STAND;
import static app.floorplan.core.exercise.ExerciseCategory.WALKING;
import static app.floorplan.core.exercise.ProgramPhase.BREATH_AND_CONNECTION;
import static app.floorplan.core.exercise.ProgramPhase.DYNAMIC_CONTROL;
import static app.floorplan.core.exercise.ProgramPhase.STABILITY;
import static app.floorplan.core.exercise.ProgramPhase.STRENGTH_AND_FUNCTION;
import static app.floorplan.core.exercise.WatchFor.BREATH_HOLDING;
import static app.floorplan.core.exercise.WatchFor.HEAVINESS;
import static app.floorplan.core.exercise.WatchFor.LEAKING;
import static app.floorplan.core.exercise.WatchFor.PAIN;
import static app.floorplan.core.exercise.library.BuiltInExercise.exercise;

import app.floorplan.core.exercise.Caution;
import app.floorplan.core.exercise.dosage.Dosage;
import java.util.List;

/**
 * Everyday movements trained with "exhale on effort" (hinge, lift, sit to stand, squat, getting up from the floor),
 * C-section scar care and walking.
 */
final class FunctionalExercises {

    private FunctionalExercises() {}

    static List<BuiltInExercise> all() {
        return List.of(
                exercise("hip-hinge-practice")
                        .name("Hip hinge with exhale on effort")
                        .purpose("Teaches you to bend forward from your hips with a long back: the movement you use"
                                + " to lift your baby, the car seat and the laundry.")
                        .category(FUNCTIONAL_LIFTING)
                        .phase(STABILITY)
                        .setUp("Stand with your feet hip-width apart and your knees soft. Put your hands on the front"
                                + " of your hips.")
                        .steps(
                                "Breathe in and push your hips back, letting your chest tip forward with a long,"
                                        + " straight back, as if closing a car door with your bottom.",
                                "Keep your knees slightly bent and your weight spread over your whole foot.",
                                "Go down until you feel a stretch at the back of your thighs or your back starts to"
                                        + " round.",
                                "Breathe out, engage your pelvic floor and deep core and squeeze your buttocks to come"
                                        + " back up tall.")
                        .cues(
                                "Exhale on effort: breathe out as you come up.",
                                "Hips go back, not down.",
                                "Check sideways in a mirror: your back stays long.")
                        .watchFor(BREATH_HOLDING, LEAKING, PAIN)
                        .dosage(Dosage.builder().sets(2).reps(8, 10))
                        .harder("lift-with-exhale-on-effort"),
                exercise("lift-with-exhale-on-effort")
                        .name("Lifting practice: exhale on effort")
                        .purpose("Puts breath, core and hip hinge together for lifting your baby, the car seat and"
                                + " the shopping.")
                        .category(FUNCTIONAL_LIFTING)
                        .phase(STRENGTH_AND_FUNCTION)
                        .setUp("Put the object on the floor just in front of you and stand close to it with your feet"
                                + " hip-width apart.")
                        .steps(
                                "Bend your knees and hinge at your hips to reach the object, keeping your back long.",
                                "Hold the object close to your body.",
                                "Breathe in; then, as you start to breathe out, engage your pelvic floor and deep"
                                        + " core.",
                                "Keep breathing out as you push through your legs and stand up, load close.",
                                "Put it down the same way, bending your knees and hinging, without twisting.")
                        .cues(
                                "Engage, then lift: breathe out before and during the effort.",
                                "Keep the load close, as if hugging it.",
                                "Turn with your feet, not your back.")
                        .watchFor(BREATH_HOLDING, LEAKING, HEAVINESS, PAIN)
                        .dosage(Dosage.builder().sets(2).reps(5, 8).load("a laundry basket or the car seat"))
                        .precautions("Start light and build up. After a C-section, lift nothing heavier than your baby"
                                + " until your doctor or therapist clears you for more. " + PrecautionText.PROLAPSE
                                + " " + PrecautionText.SEVERE_TEAR)
                        .loadedAbdominalWork()
                        .cautions(Caution.PROLAPSE_SYMPTOMS, Caution.SEVERE_PERINEAL_TEAR)
                        .easier("hip-hinge-practice"),
                exercise("sit-to-stand-with-exhale")
                        .name("Sit to stand with exhale on effort")
                        .purpose("Practises getting up from a chair with your breath and core working together, one of"
                                + " the movements you do most often every day.")
                        .category(SIT_TO_STAND)
                        .phase(STABILITY)
                        .setUp("Sit near the front of a firm chair with your feet flat, hip-width apart and slightly"
                                + " behind your knees.")
                        .steps(
                                "Breathe in and lean forward from your hips with a long back, nose over toes.",
                                "Breathe out, engage your pelvic floor and deep core, and push through your feet to"
                                        + " stand up tall.",
                                "Breathe in and sit back down slowly, reaching your bottom back towards the chair.",
                                "Use your hands on your thighs or the chair at first if you need to.")
                        .cues("Exhale on effort: breathe out as you rise.", "Knees in line with your toes.")
                        .watchFor(BREATH_HOLDING, LEAKING, PAIN)
                        .dosage(Dosage.builder().sets(2).reps(8, 10))
                        .harder("squat-with-breath"),
                exercise("squat-with-breath")
                        .name("Squat with breath")
                        .purpose("Builds leg and buttock strength for picking things up and getting up and down, with"
                                + " your breath and pelvic floor working as a team.")
                        .category(SIT_TO_STAND)
                        .phase(DYNAMIC_CONTROL)
                        .setUp("Stand with your feet about hip-width apart and your toes turned slightly out. Hold"
                                + " your arms out in front or your hands together at your chest.")
                        .steps(
                                "Breathe in as you bend your knees and hips and lower as if sitting back onto a chair;"
                                        + " let your pelvic floor relax on the way down.",
                                "Go only as low as you can with your heels down, your back long and no pressure"
                                        + " down into your pelvic floor.",
                                "Breathe out, engage your pelvic floor and deep core, and push through your feet to"
                                        + " stand.",
                                "Finish tall, with your ribs over your pelvis.")
                        .cues("Breathe in on the way down, out on the way up.", "Knees follow your toes.")
                        .watchFor(BREATH_HOLDING, LEAKING, HEAVINESS, PAIN)
                        .dosage(Dosage.builder().sets(2, 3).reps(8, 10).restSeconds(60))
                        .precautions(PrecautionText.PELVIC_GIRDLE_PAIN + " " + PrecautionText.SEVERE_TEAR)
                        .cautions(Caution.PELVIC_GIRDLE_PAIN, Caution.SEVERE_PERINEAL_TEAR)
                        .easier("sit-to-stand-with-exhale")
                        .harder("floor-to-standing"),
                exercise("floor-to-standing")
                        .name("Getting up from the floor")
                        .purpose("Practises getting up from the floor after playtime or a nappy change, with your"
                                + " breath, legs and core doing the work.")
                        .category(SIT_TO_STAND)
                        .phase(STRENGTH_AND_FUNCTION)
                        .setUp("Start kneeling on a mat, with a sturdy chair or sofa beside you for support if you"
                                + " need it.")
                        .steps(
                                "Step one foot forward into a half-kneel, front foot flat and knee over the ankle.",
                                "Breathe in; then breathe out, engage your pelvic floor and deep core, and push"
                                        + " through your front foot to stand up.",
                                "Use your hands on your front thigh or the chair to help if needed.",
                                "To go back down, step back and lower your back knee gently to the floor. Lead with"
                                        + " the other foot next time.")
                        .cues("Breathe out as you rise.", "Keep your body upright rather than leaning far forward.")
                        .watchFor(BREATH_HOLDING, LEAKING, PAIN)
                        .dosage(Dosage.builder().reps(3, 5).perSide())
                        .precautions("If kneeling hurts, put a cushion under your knee. "
                                + PrecautionText.PELVIC_GIRDLE_PAIN)
                        .cautions(Caution.PELVIC_GIRDLE_PAIN)
                        .easier("squat-with-breath"),
                exercise("c-section-scar-desensitisation")
                        .name("C-section scar desensitisation")
                        .purpose("A gentle, step-by-step way to get numb, oversensitive or tender skin around your"
                                + " C-section scar used to touch.")
                        .category(SCAR_CARE)
                        .phase(BREATH_AND_CONNECTION)
                        .setUp("Lie on your back with pillows under your knees, or sit comfortably. Have something"
                                + " soft ready, such as a soft cloth, a cotton wool ball or a make-up brush.")
                        .steps(
                                "Start away from the scar, where touch feels normal.",
                                "Stroke the skin gently with the soft material, moving slowly closer to the scar.",
                                "Stroke above and below the scar, and along it once that feels comfortable.",
                                "As it gets easier, try a slightly rougher texture, such as a towel.")
                        .cues(
                                "Touch may feel strange, but it should never hurt.",
                                "Breathe slowly and keep your belly relaxed.")
                        .watchFor(PAIN)
                        .watchNote(PrecautionText.SCAR_WARNING)
                        .dosage(Dosage.builder().minutes(2).daysPerWeek(7))
                        .precautions(PrecautionText.SCAR_CLEARANCE)
                        .requiresScarClearance()
                        .harder("c-section-scar-mobilisation"),
                exercise("c-section-scar-mobilisation")
                        .name("C-section scar mobilisation")
                        .purpose("Gently works the skin and tissue around your C-section scar so that it moves more"
                                + " freely over the layers underneath.")
                        .category(SCAR_CARE)
                        .phase(STABILITY)
                        .setUp("Lie on your back with pillows under your knees so your belly is relaxed. Wash your"
                                + " hands; a little oil or lotion can help on the skin around the scar.")
                        .steps(
                                "Put two or three fingertips on the skin just above the scar and gently move the skin"
                                        + " in small circles, then up and down and side to side.",
                                "Work along the whole length of the scar this way, then do the same just below it.",
                                "When that feels easy, work gently on the scar itself, moving it up, down and side to"
                                        + " side.",
                                "Work slowly: a pulling or stretching feeling is fine, pain is not.")
                        .cues(
                                "Move the skin over the layers underneath; don't just slide over the skin.",
                                "Breathe slowly and let your belly relax.")
                        .watchFor(PAIN)
                        .watchNote(PrecautionText.SCAR_WARNING)
                        .dosage(Dosage.builder().minutes(5).timesPerDay(1).daysPerWeek(7))
                        .precautions(PrecautionText.SCAR_CLEARANCE
                                + " Your therapist tells you when to start and may show you more techniques.")
                        .requiresScarClearance()
                        .easier("c-section-scar-desensitisation"),
                exercise("walking-with-breath-and-core")
                        .name("Walking with breath and core connection")
                        .purpose("Gets you moving and builds stamina while you practise breathing and gentle core"
                                + " support, so your daily walk becomes part of your recovery.")
                        .category(WALKING)
                        .phase(BREATH_AND_CONNECTION)
                        .setUp("Wear supportive shoes. Choose a flat route, with or without the pram, and stand tall"
                                + " with your ribs over your pelvis before you set off.")
                        .steps(
                                "Walk at a comfortable pace and let your arms swing naturally.",
                                "Every few minutes, take a few slow 360° breaths as you walk.",
                                "On some of the out-breaths, gently lift your pelvic floor and draw in your lower"
                                        + " belly, then let go.",
                                "Add a few minutes each week if you feel well during and after your walks.")
                        .cues("Tall and relaxed, not braced.", "Keep the pram close so you don't lean forward onto it.")
                        .watchFor(LEAKING, HEAVINESS, PAIN)
                        .dosage(Dosage.builder().minutes(15).daysPerWeek(7))
                        // The emergency threshold follows [AWHONN-POSTBIRTH]; it sends her to emergency services
                        // for a soaked pad as well, which errs on the side of caution for a woman out walking.
                        .precautions("If your bleeding gets heavier after walking, do less and tell your midwife or"
                                + " doctor. Call emergency services now if you soak a pad in an hour or less, pass"
                                + " clots bigger than a golf ball, or feel dizzy or faint."));
    }
}
