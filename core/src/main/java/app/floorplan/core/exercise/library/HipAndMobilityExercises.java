package app.floorplan.core.exercise.library;

import static app.floorplan.core.exercise.ExerciseCategory.DEEP_CORE;
import static app.floorplan.core.exercise.ExerciseCategory.HIPS_GLUTES;
import static app.floorplan.core.exercise.ExerciseCategory.SPINAL_MOBILITY;
import static app.floorplan.core.exercise.ExerciseCategory.THORACIC_MOBILITY;
import static app.floorplan.core.exercise.ProgramPhase.BREATH_AND_CONNECTION;
import static app.floorplan.core.exercise.ProgramPhase.DYNAMIC_CONTROL;
import static app.floorplan.core.exercise.ProgramPhase.STABILITY;
import static app.floorplan.core.exercise.WatchFor.BREATH_HOLDING;
import static app.floorplan.core.exercise.WatchFor.DOMING;
import static app.floorplan.core.exercise.WatchFor.LEAKING;
import static app.floorplan.core.exercise.WatchFor.PAIN;
import static app.floorplan.core.exercise.library.BuiltInExercise.exercise;

import app.floorplan.core.exercise.Caution;
import app.floorplan.core.exercise.dosage.Dosage;
import java.util.List;

/** Hips and glutes, the hands-and-knees core line (leg slide, bird dog), and spinal, upper-back and shoulder blade work. */
final class HipAndMobilityExercises {

    private static final String ALL_FOURS = "Kneel on all fours with your hands under your shoulders and your knees"
            + " under your hips. Keep your back in its natural shape, neither sagging nor rounded.";

    private HipAndMobilityExercises() {}

    static List<BuiltInExercise> all() {
        return List.of(
                exercise("glute-bridge")
                        .name("Glute bridge")
                        .purpose("Strengthens your buttock muscles, which do much of the work when you lift, climb"
                                + " stairs and stand up.")
                        .category(HIPS_GLUTES)
                        .phase(STABILITY)
                        .setUp("Lie on your back with your knees bent, feet flat and hip-width apart, arms by your"
                                + " sides.")
                        .steps(
                                "Breathe in to get ready.",
                                "Breathe out, gently engage your pelvic floor and deep core, press through your heels"
                                        + " and lift your hips until your body makes a line from shoulders to knees.",
                                "Pause at the top while you breathe in.",
                                "Breathe out and lower slowly, letting your spine down bit by bit.")
                        .cues(
                                "Lift with your buttocks, not by arching your back.",
                                "Knees point forward, in line with your feet.")
                        .watchFor(BREATH_HOLDING, LEAKING, PAIN)
                        .dosage(Dosage.builder().sets(2, 3).reps(8, 10).holdSeconds(3))
                        .easier("pelvic-tilts")
                        .harder("bridge-with-march"),
                exercise("bridge-with-march")
                        .name("Bridge with march")
                        .purpose("Builds single-leg hip strength and pelvic control by lifting one foot at a time"
                                + " while you hold a bridge.")
                        .category(HIPS_GLUTES)
                        .phase(DYNAMIC_CONTROL)
                        .setUp("Lie on your back with your knees bent, feet flat and hip-width apart, then lift into a"
                                + " glute bridge.")
                        .steps(
                                "Hold the bridge and breathe in.",
                                "Breathe out and lift one foot a few centimetres off the floor without your hips"
                                        + " dropping or twisting.",
                                "Put the foot down and lift the other one.",
                                "After the last march, lower your hips slowly.")
                        .cues(
                                "Keep your hips level, like headlights shining at the ceiling.",
                                "A small lift with a steady pelvis is the goal.")
                        .watchFor(BREATH_HOLDING, LEAKING, PAIN)
                        .dosage(Dosage.builder().sets(2).reps(6, 8).perSide())
                        .precautions(PrecautionText.PELVIC_GIRDLE_PAIN)
                        .cautions(Caution.PELVIC_GIRDLE_PAIN)
                        .easier("glute-bridge"),
                exercise("clamshell")
                        .name("Clamshell")
                        .purpose("Strengthens the muscles at the side and back of your hip that keep your pelvis level"
                                + " when you walk and stand on one leg.")
                        .category(HIPS_GLUTES)
                        .phase(STABILITY)
                        .setUp("Lie on your side with hips and knees bent and your heels in line with your buttocks."
                                + " Rest your head on your arm or a pillow and stack your hips.")
                        .steps(
                                "Breathe in to get ready.",
                                "Breathe out, keep your feet together and lift your top knee, like a clam opening.",
                                "Open only as far as you can without your top hip rolling back.",
                                "Breathe in and lower the knee slowly. Do all the reps, then switch sides.")
                        .cues("Keep your top hip pointing forward.", "You should feel it in the side of your buttock.")
                        .watchFor(PAIN)
                        .dosage(Dosage.builder().sets(2, 3).reps(10, 12).perSide()),
                exercise("quadruped-leg-slide")
                        .name("Leg slide on all fours")
                        .purpose("Teaches your core to hold your back and pelvis steady on hands and knees, before you"
                                + " lift an arm and a leg in bird dog.")
                        .category(DEEP_CORE)
                        .phase(STABILITY)
                        .setUp(ALL_FOURS)
                        .steps(
                                "Breathe in and let your ribs and belly widen.",
                                "Breathe out, gently draw your belly up towards your spine and slide one leg straight"
                                        + " back along the floor, toes staying down.",
                                "Keep your hips level and your back still.",
                                "Breathe in and slide the leg back under you. Then switch sides.")
                        .cues(
                                "Don't let your belly hang; hug it gently in.",
                                "Push the floor away with your hands so your shoulder blades don't sink.")
                        .watchFor(DOMING, BREATH_HOLDING, PAIN)
                        .dosage(Dosage.builder().sets(2).reps(8).perSide())
                        .precautions("If kneeling hurts, put a folded towel under your knees; if your wrists hurt,"
                                + " rest on your fists.")
                        .harder("bird-dog"),
                exercise("bird-dog")
                        .name("Bird dog")
                        .purpose("Builds back, buttock and deep core strength together, training your trunk to stay"
                                + " steady while your arms and legs move.")
                        .category(HIPS_GLUTES)
                        .phase(DYNAMIC_CONTROL)
                        .setUp(ALL_FOURS)
                        .steps(
                                "Breathe in to get ready.",
                                "Breathe out, draw your belly gently in and reach one arm forward and the opposite"
                                        + " leg back until both are level with your body.",
                                "Hold for one breath, hips and shoulders level.",
                                "Come back with control and switch sides.")
                        .cues("Reach long rather than high.", "Imagine a tray balanced on your lower back.")
                        .watchFor(DOMING, BREATH_HOLDING, PAIN)
                        .dosage(Dosage.builder().sets(2).reps(6, 8).perSide().holdBreaths(1))
                        .precautions(PrecautionText.LOADED_CORE)
                        .loadedAbdominalWork()
                        .easier("quadruped-leg-slide"),
                exercise("pelvic-tilts")
                        .name("Pelvic tilts")
                        .purpose("Gently moves your lower back and pelvis to ease stiffness and to find your deep core"
                                + " again after pregnancy and birth.")
                        .category(SPINAL_MOBILITY)
                        .phase(BREATH_AND_CONNECTION)
                        .setUp("Lie on your back with your knees bent and feet flat, arms relaxed by your sides.")
                        .steps(
                                "Breathe in and gently tip your pelvis so your lower back arches a little away from"
                                        + " the floor.",
                                "Breathe out and tip your pelvis the other way, easing your lower back gently towards"
                                        + " the floor.",
                                "Keep the movement small, slow and smooth.",
                                "Rock back and forth between the two positions.")
                        .cues(
                                "The movement comes from your pelvis; ribs and shoulders stay relaxed.",
                                "Stay in a range that feels easy, never forced.")
                        .watchFor(PAIN)
                        .dosage(Dosage.builder().reps(10).daysPerWeek(7)),
                exercise("cat-camel")
                        .name("Cat-camel")
                        .purpose("Moves your whole spine through rounding and arching, a gentle way to loosen a back"
                                + " that feels stiff from carrying and feeding.")
                        .category(SPINAL_MOBILITY)
                        .phase(BREATH_AND_CONNECTION)
                        .setUp("Kneel on all fours with your hands under your shoulders and your knees under your"
                                + " hips.")
                        .steps(
                                "Breathe out and round your back up towards the ceiling, tucking your tailbone under"
                                        + " and letting your head drop.",
                                "Breathe in and let your back sink slowly into a gentle arch, lifting your tailbone"
                                        + " and chest and looking slightly forward.",
                                "Move slowly between the two, one part of your spine at a time.",
                                "Stay within a range that feels comfortable.")
                        .cues(
                                "Think of a wave travelling from your tailbone to your head.",
                                "Keep your arms straight and let your spine do the moving.")
                        .watchFor(DOMING, PAIN)
                        .watchNote("If your belly domes or sags a lot as you arch, make the arch smaller.")
                        .dosage(Dosage.builder().reps(8, 10).daysPerWeek(7))
                        .precautions("If you have a tummy gap, keep the arch small and your belly gently drawn in."),
                exercise("knee-rocking")
                        .name("Knee rocking")
                        .purpose("Gently turns your lower back from side to side to ease stiffness and tension; a good"
                                + " way to start or end a session.")
                        .category(SPINAL_MOBILITY)
                        .phase(BREATH_AND_CONNECTION)
                        .setUp("Lie on your back with your knees bent and together, feet flat. Rest your arms out to"
                                + " the sides.")
                        .steps(
                                "Breathe in.",
                                "Breathe out and let both knees lower slowly to one side, only as far as is"
                                        + " comfortable.",
                                "Breathe in and use your belly to bring your knees back to the middle.",
                                "Repeat to the other side.")
                        .cues("Keep both shoulders resting on the floor.", "Small and easy is fine; never force it.")
                        .watchFor(PAIN)
                        .dosage(Dosage.builder().reps(8, 10).perSide()),
                exercise(StandardExerciseLibrary.SIDE_LYING_OPEN_BOOK.value())
                        .name("Side-lying open book with core engagement")
                        .purpose("Moves your upper back through turning, which often feels stiff after feeding and"
                                + " carrying, while your core keeps your pelvis still.")
                        .category(THORACIC_MOBILITY)
                        .phase(BREATH_AND_CONNECTION)
                        .setUp("Lie on your side with your knees bent in front of you and a pillow under your head."
                                + " Stretch both arms out in front of your chest, one hand resting on the other.")
                        .steps(
                                "Breathe in to get ready.",
                                "Breathe out, gently draw in your deep core and sweep your top arm up and open behind"
                                        + " you, letting your chest and head turn to follow your hand.",
                                "Keep your knees together and your pelvis still; only your upper back turns.",
                                "Breathe in as you pause in the open position, then bring the arm back to meet the"
                                        + " other hand. Do all the reps, then switch sides.")
                        .cues(
                                "Keep your ribs from flaring forward as you open.",
                                "Turn only as far as is comfortable; your hand does not need to reach the floor.",
                                "Let your eyes follow your moving hand.")
                        .watchFor(BREATH_HOLDING, PAIN)
                        .dosage(Dosage.builder().reps(8, 10).perSide())
                        .harder("thread-the-needle"),
                exercise("seated-thoracic-rotation")
                        .name("Seated upper back rotation")
                        .purpose("Loosens your mid-back with a turn you can do almost anywhere, for example during a"
                                + " break between feeds.")
                        .category(THORACIC_MOBILITY)
                        .phase(BREATH_AND_CONNECTION)
                        .setUp("Sit tall on a chair with your feet flat and knees hip-width apart. Cross your arms over"
                                + " your chest, hands on opposite shoulders.")
                        .steps(
                                "Breathe in and grow tall through the top of your head.",
                                "Breathe out and turn your chest and head to one side, keeping your knees and hips"
                                        + " facing forward.",
                                "Breathe in and come back to the middle.",
                                "Repeat to the other side.")
                        .cues("Turn around your spine like a spiral staircase, staying tall.", "Keep your knees level.")
                        .watchFor(PAIN)
                        .dosage(Dosage.builder().reps(8, 10).perSide().timesPerDay(2)),
                exercise("thread-the-needle")
                        .name("Thread the needle")
                        .purpose("Builds upper-back turning on hands and knees, where your core and shoulders also"
                                + " have to hold you steady.")
                        .category(THORACIC_MOBILITY)
                        .phase(STABILITY)
                        .setUp("Kneel on all fours with your hands under your shoulders and your knees under your"
                                + " hips.")
                        .steps(
                                "Breathe in and open one arm up towards the ceiling, turning your chest and head to"
                                        + " follow it.",
                                "Breathe out, bring the arm down and slide it under your body towards the other side,"
                                        + " letting that shoulder and your head lower towards the floor.",
                                "Keep your hips still over your knees.",
                                "Do all the reps on one side, then switch.")
                        .cues(
                                "Push the floor away with your supporting hand.",
                                "Let the movement come from between your shoulder blades.")
                        .watchFor(PAIN)
                        .dosage(Dosage.builder().reps(6, 8).perSide())
                        .easier(StandardExerciseLibrary.SIDE_LYING_OPEN_BOOK.value()),
                exercise("scapular-setting")
                        .name("Shoulder blade setting")
                        .purpose("Teaches you to settle your shoulder blades back and down, against the rounded"
                                + " shoulders that come with feeding and carrying.")
                        .category(THORACIC_MOBILITY)
                        .phase(BREATH_AND_CONNECTION)
                        .setUp("Sit or stand tall with your ribs stacked over your pelvis and your arms relaxed by"
                                + " your sides.")
                        .steps(
                                "Breathe in and let your shoulders relax.",
                                "Breathe out and gently draw your shoulder blades back and down, as if sliding them"
                                        + " into your back pockets.",
                                "Hold while you breathe normally.",
                                "Relax fully and repeat.")
                        .cues(
                                "Gentle: no hard squeezing and no pushing your chest forward.",
                                "Keep your chin level and your neck long.")
                        .watchFor(PAIN)
                        .watchNote("If you feel your neck tighten, use less effort.")
                        .dosage(Dosage.builder().reps(10).holdSeconds(5).timesPerDay(3))
                        .harder("wall-angels"),
                exercise("wall-angels")
                        .name("Wall angels")
                        .purpose("Opens your chest and trains the muscles between your shoulder blades, which hold"
                                + " your shoulders back while you feed and carry.")
                        .category(THORACIC_MOBILITY)
                        .phase(STABILITY)
                        .setUp("Stand with your back to a wall, feet a small step away from it and knees soft, with"
                                + " your bottom, upper back and, if comfortable, your head against the wall. Raise"
                                + " your arms into a goalpost shape, backs of the hands towards the wall.")
                        .steps(
                                "Breathe out and draw your ribs gently down so your back does not arch away from the"
                                        + " wall.",
                                "Slowly slide your arms up the wall as far as you can without your ribs flaring or"
                                        + " your lower back arching.",
                                "Breathe in and slide your arms back down, drawing your shoulder blades down.",
                                "Repeat slowly.")
                        .cues(
                                "Your hands don't have to stay on the wall; move only as far as you control.",
                                "Keep your neck relaxed and your shoulders away from your ears.")
                        .watchFor(PAIN)
                        .dosage(Dosage.builder().sets(2).reps(8, 10))
                        .easier("scapular-setting"));
    }
}
