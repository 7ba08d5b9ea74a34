package app.floorplan.core.exercise.library;

import static app.floorplan.core.exercise.ExerciseCategory.BREATHING;
import static app.floorplan.core.exercise.ExerciseCategory.PELVIC_FLOOR_RELAXATION;
import static app.floorplan.core.exercise.ExerciseCategory.PELVIC_FLOOR_STRENGTH;
import static app.floorplan.core.exercise.ProgramPhase.BREATH_AND_CONNECTION;
import static app.floorplan.core.exercise.ProgramPhase.DYNAMIC_CONTROL;
import static app.floorplan.core.exercise.ProgramPhase.STABILITY;
import static app.floorplan.core.exercise.WatchFor.BREATH_HOLDING;
import static app.floorplan.core.exercise.WatchFor.HEAVINESS;
import static app.floorplan.core.exercise.WatchFor.LEAKING;
import static app.floorplan.core.exercise.WatchFor.PAIN;
import static app.floorplan.core.exercise.library.BuiltInExercise.exercise;

import app.floorplan.core.exercise.Caution;
import app.floorplan.core.exercise.dosage.Dosage;
import java.util.List;

/** Breathing, pelvic floor strength (endurance and speed) and pelvic floor relaxation. */
final class BreathingAndPelvicFloorExercises {

    private BreathingAndPelvicFloorExercises() {}

    static List<BuiltInExercise> all() {
        return List.of(
                exercise("diaphragmatic-breathing")
                        .name("360° breathing")
                        .purpose("Retrains your diaphragm to lead your breathing, so your ribs widen all the way"
                                + " around and your deep core and pelvic floor move with every breath again.")
                        .category(BREATHING)
                        .phase(BREATH_AND_CONNECTION)
                        .setUp("Lie on your back with your knees bent, feet flat and a pillow under your head, or sit"
                                + " tall on a chair with both feet on the floor. Rest your hands on the sides of your"
                                + " lower ribs.")
                        .steps(
                                "Breathe in slowly through your nose. Let your lower ribs widen into your hands,"
                                        + " out to the sides and into the back, and let your belly soften.",
                                "Breathe out gently through pursed lips, as if blowing through a straw, and feel your"
                                        + " ribs draw back in.",
                                "Keep your shoulders and neck relaxed; they should hardly move.",
                                "Take a normal breath whenever you need one, then carry on.")
                        .cues(
                                "Your ribcage opens like an umbrella as you breathe in and closes as you breathe out.",
                                "Breathe low and wide, not high into your chest.",
                                "Let the out-breath be a little longer than the in-breath.")
                        .watchFor(PAIN)
                        .watchNote("If you feel light-headed or tingly, take smaller, slower breaths and rest.")
                        .dosage(Dosage.builder().minutes(3).timesPerDay(2).daysPerWeek(7))
                        .precautions("Gentle enough to start in the first days after birth, also after a C-section,"
                                + " unless your doctor or midwife has told you otherwise.")
                        .harder("connection-breath"),
                exercise("connection-breath")
                        .name("Connection breath")
                        .purpose("Links your breath with your pelvic floor and deep core so they work as a team"
                                + " again: they soften as you breathe in and gently lift as you breathe out.")
                        .category(BREATHING)
                        .phase(BREATH_AND_CONNECTION)
                        .setUp("Lie on your back with your knees bent and feet flat, or sit tall on a firm chair."
                                + " Start with a few relaxed 360° breaths.")
                        .steps(
                                "Breathe in and let your ribs widen. Let your belly and pelvic floor soften and relax"
                                        + " downwards.",
                                "As you breathe out, gently close and lift your pelvic floor, as if holding in wind"
                                        + " and picking up a blueberry with your vagina.",
                                "Let your lower belly draw in lightly towards your spine as the out-breath finishes.",
                                "Breathe in and let everything relax fully before the next breath.")
                        .cues(
                                "Gentle is enough: about a third of your strongest squeeze.",
                                "Let go completely on every in-breath.",
                                "Keep your buttocks, thighs and jaw relaxed.")
                        .watchFor(BREATH_HOLDING, PAIN)
                        .watchNote("Not feeling the lift yet is common at first. Keep practising and tell your"
                                + " therapist at your next visit.")
                        .dosage(Dosage.builder().reps(8, 10).timesPerDay(2).daysPerWeek(7))
                        .easier("diaphragmatic-breathing")
                        .harder("tva-draw-in-with-breath"),
                exercise("child-pose-breathing")
                        .name("Supported child's pose breathing")
                        .purpose("Lets you breathe into the back of your ribcage while your lower back and pelvic"
                                + " floor rest and soften.")
                        .category(BREATHING)
                        .phase(BREATH_AND_CONNECTION)
                        .setUp("Kneel on a mat with your knees wide and big toes together. Sit back towards your"
                                + " heels and rest your chest and forehead on a stack of pillows or a sofa cushion.")
                        .steps(
                                "Let your body sink into the support, arms resting wherever is comfortable.",
                                "Breathe in slowly and feel the back of your ribs and your lower back widen.",
                                "Breathe out slowly and let your shoulders, belly and pelvic floor soften further.",
                                "To come up, put your hands under your shoulders and walk yourself back to kneeling.")
                        .cues(
                                "Use enough pillows that your hips and knees are comfortable.",
                                "Breathe into your back, as if filling a balloon behind you.")
                        .watchFor(PAIN)
                        .watchNote("If kneeling hurts your knees, put a folded towel behind them, or do the breathing"
                                + " lying on your side instead.")
                        .dosage(Dosage.builder().sets(2).holdBreaths(8, 10).daysPerWeek(7))
                        .precautions("The knees rest wide apart. With pelvic girdle pain, keep them closer together or"
                                + " do the breathing lying on your side.")
                        .cautions(Caution.PELVIC_GIRDLE_PAIN),
                exercise("pelvic-floor-endurance-holds")
                        .name("Pelvic floor endurance holds")
                        .purpose("Builds the staying power of your pelvic floor muscles so they can support your"
                                + " bladder, bowel and pelvic organs all through the day.")
                        .category(PELVIC_FLOOR_STRENGTH)
                        .phase(BREATH_AND_CONNECTION)
                        .setUp("Lie on your back with your knees bent, lie on your side, or sit on a firm chair."
                                + " Empty your bladder first.")
                        .steps(
                                "Take a relaxed breath in.",
                                "As you breathe out, squeeze and lift your pelvic floor: close your back passage as if"
                                        + " holding in wind, close the front as if holding in urine, and lift both up"
                                        + " and in.",
                                "Hold the lift while you keep breathing normally. Counting out loud helps you keep"
                                        + " breathing.",
                                "Let go completely, and rest for as long as you held before the next one.")
                        .cues(
                                "Letting go fully matters as much as the squeeze.",
                                "Keep your buttocks, inner thighs and belly quiet.",
                                "Stop the hold when you feel the muscles fade: a shorter good hold beats a longer weak"
                                        + " one.")
                        .watchFor(BREATH_HOLDING, LEAKING, HEAVINESS, PAIN)
                        .dosage(Dosage.builder()
                                .reps(5, 10)
                                .holdSeconds(5, 10)
                                .restSeconds(10)
                                .timesPerDay(3))
                        .precautions("Practise away from the toilet: stopping your urine mid-flow is not an"
                                + " exercise. " + PrecautionText.TIGHT_PELVIC_FLOOR)
                        .easier("connection-breath")
                        .harder("pelvic-floor-holds-in-standing"),
                exercise("pelvic-floor-quick-flicks")
                        .name("Pelvic floor quick flicks")
                        .purpose("Trains your pelvic floor to switch on fast and firmly, the way it has to when you"
                                + " cough, sneeze, laugh or lift.")
                        .category(PELVIC_FLOOR_STRENGTH)
                        .phase(BREATH_AND_CONNECTION)
                        .setUp("Lie on your back with your knees bent, or sit on a firm chair.")
                        .steps(
                                "Squeeze and lift your pelvic floor quickly and firmly.",
                                "Let go straight away and completely.",
                                "Wait until the muscles have fully relaxed before the next squeeze.",
                                "Keep breathing normally throughout.")
                        .cues(
                                "Squeeze, lift, let go.",
                                "Full relaxation between flicks.",
                                "Quality before speed: stop when the squeezes get weak.")
                        .watchFor(BREATH_HOLDING, LEAKING, PAIN)
                        .dosage(Dosage.builder().reps(10).timesPerDay(3))
                        .precautions(PrecautionText.TIGHT_PELVIC_FLOOR)
                        .harder("the-knack"),
                // [MILLER-1998]: a pelvic floor contraction before and during a cough reduced cough-related leaking.
                exercise("the-knack")
                        .name("The knack: squeeze before you cough")
                        .purpose("Teaches you to tighten your pelvic floor just before a cough, sneeze, laugh or lift,"
                                + " which can reduce leaks when pressure suddenly rises.")
                        .category(PELVIC_FLOOR_STRENGTH)
                        .phase(STABILITY)
                        .setUp("Sit or stand tall. Start once you can do a few good quick flicks.")
                        .steps(
                                "Squeeze and lift your pelvic floor firmly.",
                                "Keep the squeeze while you give a small cough.",
                                "Let go fully after the cough.",
                                "When this feels easy, use the same squeeze before real coughs, sneezes, laughs and"
                                        + " lifts.")
                        .cues("Squeeze first, then cough.", "Make it a habit: squeeze before you sneeze.")
                        .watchFor(LEAKING, HEAVINESS, PAIN)
                        .dosage(Dosage.builder().reps(5).timesPerDay(2))
                        .easier("pelvic-floor-quick-flicks"),
                exercise("pelvic-floor-holds-in-standing")
                        .name("Pelvic floor holds in standing")
                        .purpose("Takes your pelvic floor strength into standing, where the muscles have to work"
                                + " against gravity as they do in everyday life.")
                        .category(PELVIC_FLOOR_STRENGTH)
                        .phase(DYNAMIC_CONTROL)
                        .setUp("Stand tall with your feet hip-width apart, knees soft and ribs stacked over your"
                                + " pelvis. Hold on to a kitchen counter if you like.")
                        .steps(
                                "Breathe in and let your pelvic floor relax.",
                                "Breathe out, squeeze and lift your pelvic floor, and let your lower belly draw in"
                                        + " gently.",
                                "Hold the lift while you keep breathing.",
                                "Let go completely, rest, then repeat.")
                        .cues(
                                "Stay tall; don't tuck your bottom under.",
                                "Tie it to moments you will remember, such as waiting for the kettle.")
                        .watchFor(BREATH_HOLDING, LEAKING, HEAVINESS)
                        .dosage(Dosage.builder().reps(8, 10).holdSeconds(10).timesPerDay(2))
                        .precautions(PrecautionText.TIGHT_PELVIC_FLOOR)
                        .easier("pelvic-floor-endurance-holds"),
                exercise("pelvic-floor-relaxation-breathing")
                        .name("Pelvic floor relaxation breathing")
                        // [BERGHMANS-2018]: relaxation (down-training) for an overactive pelvic floor, e.g. with pain
                        // during sex; not a promise that it eases any particular symptom.
                        .purpose("Practises letting a tight or overactive pelvic floor soften and let go, with slow"
                                + " breathing. Your therapist gives it when the muscles hold on too much.")
                        .category(PELVIC_FLOOR_RELAXATION)
                        .phase(BREATH_AND_CONNECTION)
                        .setUp("Lie on your back with pillows under your knees, or with the soles of your feet"
                                + " together and your knees resting out to the sides on pillows. Put one hand on your"
                                + " belly.")
                        .steps(
                                "Breathe in slowly and deeply; let your belly rise and your ribs widen.",
                                "As you breathe in, imagine your pelvic floor softening and gently widening, like a"
                                        + " flower opening.",
                                "Breathe out slowly through a relaxed, open mouth and keep the pelvic floor soft; do"
                                        + " not squeeze.",
                                "Check your jaw, buttocks and inner thighs for tension and let it go.")
                        .cues(
                                "Think 'soften and widen', not 'lift and squeeze'.",
                                "Let your jaw go soft as well.",
                                "There is nothing to do except let go.")
                        .watchFor(BREATH_HOLDING, PAIN)
                        .watchNote("Do not push or bear down: the pelvic floor should soften, not be pushed out.")
                        .dosage(Dosage.builder().minutes(5).daysPerWeek(7))
                        .precautions("Your therapist may give you this instead of strengthening if your pelvic floor"
                                + " is tight or does not relax well after a squeeze. With pelvic girdle pain, use the"
                                + " pillows under your knees rather than letting the knees fall out to the sides.")
                        .harder("happy-baby-pelvic-floor-release"),
                exercise("happy-baby-pelvic-floor-release")
                        .name("Happy baby stretch with breathing")
                        .purpose("A hip-opening position in which you practise letting your pelvic floor soften and"
                                + " widen while you breathe.")
                        .category(PELVIC_FLOOR_RELAXATION)
                        .phase(STABILITY)
                        .setUp("Lie on your back on a mat. Bring your knees up towards your armpits, knees wide, and"
                                + " hold the outsides of your feet, your ankles or the backs of your thighs.")
                        .steps(
                                "Let your tailbone rest on the mat and your lower back relax.",
                                "Breathe in slowly into your belly and ribs and feel your pelvic floor soften and"
                                        + " widen.",
                                "Breathe out gently and let your knees sink a little further towards the floor.",
                                "Rock gently from side to side if that feels good.")
                        .cues(
                                "Hold wherever you reach comfortably; a towel around your feet works well.",
                                "Keep your head and shoulders resting on the mat.")
                        .watchFor(PAIN)
                        .watchNote("Stop if you feel pulling or pain in a C-section or perineal scar.")
                        .dosage(Dosage.builder().sets(2, 3).holdBreaths(8, 10).daysPerWeek(7))
                        .precautions("Wait until your scars feel comfortable. After a C-section, start once your"
                                + " doctor or therapist has cleared you. " + PrecautionText.PELVIC_GIRDLE_PAIN)
                        .cautions(Caution.PELVIC_GIRDLE_PAIN)
                        .easier("pelvic-floor-relaxation-breathing"));
    }
}
