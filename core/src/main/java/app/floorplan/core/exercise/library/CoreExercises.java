package app.floorplan.core.exercise.library;

import static app.floorplan.core.exercise.ExerciseCategory.DEEP_CORE;
import static app.floorplan.core.exercise.ExerciseCategory.LATERAL_CORE;
import static app.floorplan.core.exercise.ProgramPhase.BREATH_AND_CONNECTION;
import static app.floorplan.core.exercise.ProgramPhase.DYNAMIC_CONTROL;
import static app.floorplan.core.exercise.ProgramPhase.STABILITY;
import static app.floorplan.core.exercise.ProgramPhase.STRENGTH_AND_FUNCTION;
import static app.floorplan.core.exercise.WatchFor.BREATH_HOLDING;
import static app.floorplan.core.exercise.WatchFor.DOMING;
import static app.floorplan.core.exercise.WatchFor.HEAVINESS;
import static app.floorplan.core.exercise.WatchFor.LEAKING;
import static app.floorplan.core.exercise.WatchFor.PAIN;
import static app.floorplan.core.exercise.library.BuiltInExercise.exercise;

import app.floorplan.core.exercise.Caution;
import app.floorplan.core.exercise.dosage.Dosage;
import java.time.Duration;
import java.util.List;

/**
 * Deep core (transversus abdominis) and side core. The deep core line progresses draw-in, heel slides, dead bug
 * marching, toe taps, full dead bug, with the wall bug press (feet down, then tabletop) beside it; the side line
 * modified side plank, straight top leg, one-sided carry.
 */
final class CoreExercises {

    private CoreExercises() {}

    static List<BuiltInExercise> all() {
        return List.of(
                exercise("tva-draw-in-with-breath")
                        .name("Deep core draw-in with breath")
                        .purpose("Wakes up your deepest belly muscle (transversus abdominis), which wraps around your"
                                + " middle and works with your pelvic floor to support your spine and pelvis.")
                        .category(DEEP_CORE)
                        .phase(BREATH_AND_CONNECTION)
                        .setUp("Lie on your back with your knees bent and feet flat, your lower back relaxed with its"
                                + " small natural curve. Rest your fingertips just inside the bony points at the front"
                                + " of your hips.")
                        .steps(
                                "Breathe in and let your belly relax.",
                                "Breathe out and gently draw your lower belly in and up, as if zipping up tight jeans"
                                        + " from your pubic bone to your belly button. Let your pelvic floor lift with it.",
                                "Feel a gentle tightening under your fingertips, without your back or pelvis moving.",
                                "Hold it while you breathe normally, then relax fully.")
                        .cues(
                                "Gentle: about a third of your effort.",
                                "Your spine and pelvis stay still; only your lower belly draws in.",
                                "Keep breathing while you hold.")
                        .watchFor(DOMING, BREATH_HOLDING, PAIN)
                        .dosage(Dosage.builder().reps(8, 10).holdSeconds(5).timesPerDay(2))
                        .easier("connection-breath")
                        .harder("heel-slides"),
                exercise("heel-slides")
                        .name("Heel slides")
                        .purpose("Teaches your deep core to keep your pelvis and back steady while a leg moves, the"
                                + " first step towards harder core work with moving legs.")
                        .category(DEEP_CORE)
                        .phase(BREATH_AND_CONNECTION)
                        .setUp("Lie on your back with your knees bent and feet flat. Wear socks on a smooth floor, or"
                                + " put a small towel under your heel so it slides easily.")
                        .steps(
                                "Breathe in to get ready.",
                                "Breathe out, draw in your deep core and slowly slide one heel along the floor until"
                                        + " the leg is nearly straight.",
                                "Breathe in and stay there, without your pelvis tipping or your back arching.",
                                "Breathe out and slide the heel back. Then switch sides.")
                        .cues(
                                "Imagine a cup of water resting on your pelvis: don't spill it.",
                                "Slide only as far as your back stays still.")
                        .watchFor(DOMING, BREATH_HOLDING, PAIN)
                        .dosage(Dosage.builder().reps(8, 10).perSide().daysPerWeek(7))
                        .easier("tva-draw-in-with-breath")
                        .harder("dead-bug-marching"),
                exercise("bent-knee-fall-outs")
                        .name("Bent-knee fall-outs")
                        .purpose("Trains your deep core to keep your pelvis level while one leg opens to the side,"
                                + " building control for walking, stairs and getting in and out of the car.")
                        .category(DEEP_CORE)
                        .phase(BREATH_AND_CONNECTION)
                        .setUp("Lie on your back with your knees bent and feet flat, hip-width apart.")
                        .steps(
                                "Breathe in to get ready.",
                                "Breathe out, draw in your deep core and let one knee slowly open out to the side,"
                                        + " keeping the other leg still.",
                                "Go only as far as your pelvis stays level and still.",
                                "Breathe in and bring the knee back to the middle. Then switch sides.")
                        .cues(
                                "Keep both hip bones pointing at the ceiling.",
                                "Move slowly, as if the knee is floating.")
                        .watchFor(DOMING, BREATH_HOLDING, PAIN)
                        .dosage(Dosage.builder().sets(2).reps(8, 10).perSide())
                        .precautions(PrecautionText.PELVIC_GIRDLE_PAIN)
                        .cautions(Caution.PELVIC_GIRDLE_PAIN)
                        .easier("tva-draw-in-with-breath")
                        .harder("dead-bug-marching"),
                exercise("dead-bug-marching")
                        .name("Dead bug level 1: marching")
                        .purpose("Builds deep core control while you lift the weight of one leg: the first level of"
                                + " the dead bug progression.")
                        .category(DEEP_CORE)
                        .phase(STABILITY)
                        .setUp("Lie on your back with your knees bent and feet flat, your lower back relaxed with its"
                                + " small natural curve.")
                        .steps(
                                "Breathe in to get ready.",
                                "Breathe out, draw in your deep core and lift one foot until your hip and knee are"
                                        + " bent at right angles (tabletop).",
                                "Breathe in and keep the leg there, back and pelvis still.",
                                "Breathe out and lower the foot slowly back to the floor. Then switch sides.")
                        .cues(
                                "Lift with your belly, not by arching your back.",
                                "The other foot rests lightly on the floor.")
                        .watchFor(DOMING, BREATH_HOLDING, PAIN)
                        .dosage(Dosage.builder().sets(2).reps(6, 8).perSide())
                        .precautions(PrecautionText.LOADED_CORE)
                        .loadedAbdominalWork()
                        .easier("heel-slides")
                        .harder("dead-bug-toe-taps"),
                exercise("dead-bug-toe-taps")
                        .name("Dead bug level 2: toe taps")
                        .purpose("Challenges your deep core to keep your pelvis and back steady with both feet off the"
                                + " floor.")
                        .category(DEEP_CORE)
                        .phase(STABILITY)
                        .setUp("Lie on your back. One leg at a time, lift your legs into tabletop: hips and knees bent"
                                + " at right angles, shins level with the floor.")
                        .steps(
                                "Breathe in to get ready.",
                                "Breathe out, draw in your deep core and slowly lower one foot to tap the floor,"
                                        + " keeping the knee bent.",
                                "Breathe in and bring the leg back to tabletop.",
                                "Switch legs each time. To finish, put your feet down one at a time.")
                        .cues(
                                "Your lower back keeps the same light contact with the floor throughout.",
                                "Tap only as low as you can without your belly doming.")
                        .watchFor(DOMING, BREATH_HOLDING, PAIN)
                        .dosage(Dosage.builder().sets(2, 3).reps(6, 8).perSide())
                        .precautions(PrecautionText.LOADED_CORE)
                        .loadedAbdominalWork()
                        .easier("dead-bug-marching")
                        .harder("dead-bug"),
                exercise("dead-bug")
                        .name("Dead bug level 3: opposite arm and leg")
                        .purpose("Trains your core to stay steady while your arms and legs move in opposite"
                                + " directions, as they do when you walk, reach and carry.")
                        .category(DEEP_CORE)
                        .phase(DYNAMIC_CONTROL)
                        .setUp("Lie on your back with your legs in tabletop (hips and knees at right angles) and your"
                                + " arms reaching straight up to the ceiling.")
                        .steps(
                                "Breathe in to get ready.",
                                "Breathe out, draw in your deep core and slowly reach one arm overhead while the"
                                        + " opposite leg straightens out towards the floor.",
                                "Go only as far as your back stays still and your belly stays flat.",
                                "Breathe in and come back to the start. Then switch sides.")
                        .cues(
                                "Slow and controlled beats far and fast.",
                                "Keep your ribs heavy; don't let them flare up as your arm goes back.")
                        .watchFor(DOMING, BREATH_HOLDING, PAIN)
                        .dosage(Dosage.builder().sets(2, 3).reps(6, 8).perSide().restSeconds(30))
                        .precautions(PrecautionText.LOADED_CORE)
                        .loadedAbdominalWork()
                        .easier("dead-bug-toe-taps"),
                // Domain brief (source program's wall bug press): knees bent, feet on the floor, hand pressed into the
                // same-side thigh, 5-10 s holds breathing, 5 reps per side. With both feet down it is phase 1 work and
                // not loaded abdominal work; the tabletop version, holding the lifted leg, is its harder variant.
                exercise(StandardExerciseLibrary.WALL_BUG_PRESS.value())
                        .name("Wall bug press")
                        .purpose("Trains your deep core (transversus abdominis) to switch on against a steady press of"
                                + " your hand while your spine stays still.")
                        .category(DEEP_CORE)
                        .phase(BREATH_AND_CONNECTION)
                        .setUp("Lie on your back with your knees bent and both feet flat on the floor, hip-width"
                                + " apart. Let your lower back settle gently towards the floor.")
                        .steps(
                                "Breathe in and let your ribs widen.",
                                "Breathe out and draw your lower belly gently in.",
                                "Rest one hand on the front of the thigh on the same side, just above the knee. Press"
                                        + " the hand into the thigh while the thigh pushes back into the hand, so"
                                        + " nothing moves. Both feet stay on the floor.",
                                "Keep pressing for 5 to 10 seconds while you keep breathing, then relax. Do all the"
                                        + " reps on one side, then switch.")
                        .cues(
                                "Keep breathing during the press; never hold your breath to push harder.",
                                "Let your lower back stay gently heavy on the floor.",
                                "Press only as hard as you can without your belly bulging.")
                        .watchFor(DOMING, BREATH_HOLDING, PAIN)
                        .watchNote("Doming shows as a ridge or tent along the middle of your belly. If you see it,"
                                + " press more gently.")
                        .dosage(Dosage.builder().reps(5).perSide().holdSeconds(5, 10))
                        .precautions("After a C-section, press gently at first and stop if your scar pulls or hurts.")
                        .easier("tva-draw-in-with-breath")
                        .harder(StandardExerciseLibrary.WALL_BUG_PRESS_TABLETOP.value()),
                exercise(StandardExerciseLibrary.WALL_BUG_PRESS_TABLETOP.value())
                        .name("Wall bug press in tabletop")
                        .purpose("Makes the wall bug press harder: the same press of hand and thigh, now holding the"
                                + " weight of the leg lifted over your hip.")
                        .category(DEEP_CORE)
                        .phase(STABILITY)
                        .setUp("Lie on your back with your knees bent and feet flat. Let your lower back settle gently"
                                + " towards the floor. Start once the wall bug press with both feet down feels easy.")
                        .steps(
                                "Breathe in and let your ribs widen.",
                                "Breathe out, draw your lower belly gently in and lift one knee up over your hip, the"
                                        + " shin level with the floor.",
                                "Put the hand on the same side on the front of that thigh, just above the knee. Press"
                                        + " the hand into the thigh while the thigh presses back, so nothing moves.",
                                "Keep pressing for 5 to 10 seconds while you keep breathing, then relax and lower the"
                                        + " foot. Do all the reps on one side, then switch.")
                        .cues(
                                "Keep breathing during the press; never hold your breath to push harder.",
                                "Let your lower back stay gently heavy on the floor.",
                                "Press only as hard as you can without your belly bulging.")
                        .watchFor(DOMING, BREATH_HOLDING, PAIN)
                        .watchNote("Doming shows as a ridge or tent along the middle of your belly. If you see it,"
                                + " press more gently or put the foot back down.")
                        .dosage(Dosage.builder().reps(5).perSide().holdSeconds(5, 10))
                        .precautions(PrecautionText.LOADED_CORE)
                        .loadedAbdominalWork()
                        .easier(StandardExerciseLibrary.WALL_BUG_PRESS.value())
                        .harder("dead-bug"),
                exercise(StandardExerciseLibrary.MODIFIED_SIDE_PLANK.value())
                        .name("Modified side plank with breath")
                        .purpose("Strengthens the muscles along the side of your trunk and hip that keep your spine"
                                + " and pelvis steady, for example when you carry your baby on one side.")
                        .category(LATERAL_CORE)
                        .phase(STABILITY)
                        .setUp("Lie on your side propped on your forearm, elbow right under your shoulder. Bend both"
                                + " knees so your feet are behind you and your knees, hips and shoulders are in one"
                                + " line.")
                        .steps(
                                "Breathe in and let your ribs widen.",
                                "Breathe out, gently draw in your deep core and lift your hips off the floor, so you"
                                        + " rest on your forearm and knees.",
                                "Stay up for 3 to 5 slow breaths, your body in a straight line from head to knees.",
                                "Lower your hips with control and rest. Repeat, then switch sides.")
                        .cues(
                                "Push the floor away with your forearm so you don't sink into your shoulder.",
                                "Keep your top hip stacked over your bottom hip; don't roll back.",
                                "Breathe out as the effort rises.")
                        .watchFor(DOMING, BREATH_HOLDING, PAIN)
                        .dosage(Dosage.builder().sets(2, 3).perSide().holdBreaths(3, 5))
                        .precautions(PrecautionText.LOADED_CORE + " Skip it if the shoulder you lean on hurts.")
                        .loadedAbdominalWork()
                        .harder("side-plank-straight-top-leg"),
                exercise("side-plank-straight-top-leg")
                        .name("Side plank with straight top leg")
                        .purpose("Makes the modified side plank harder with a longer lever and a longer hold,"
                                + " building side-trunk strength for lifting and carrying.")
                        .category(LATERAL_CORE)
                        .phase(DYNAMIC_CONTROL)
                        .setUp("Lie on your side propped on your forearm, elbow under your shoulder. Bend your bottom"
                                + " knee behind you and straighten your top leg, with its foot on the floor.")
                        .steps(
                                "Breathe in and let your ribs widen.",
                                "Breathe out, draw in your deep core and lift your hips until your body makes a line"
                                        + " from your head to your top foot.",
                                "Stay up for 5 to 8 slow breaths.",
                                "Lower with control and rest. Repeat, then switch sides.")
                        .cues(
                                "Your bottom knee and top foot share the work.",
                                "If you need to hold your breath to stay up, go back to bent knees.")
                        .watchFor(DOMING, BREATH_HOLDING, PAIN)
                        .dosage(Dosage.builder().sets(2, 3).perSide().holdBreaths(5, 8))
                        .precautions(PrecautionText.LOADED_CORE)
                        .loadedAbdominalWork()
                        .easier(StandardExerciseLibrary.MODIFIED_SIDE_PLANK.value())
                        .harder("suitcase-carry"),
                exercise("suitcase-carry")
                        .name("One-sided carry")
                        .purpose("Trains your trunk to stay tall and level while you carry a weight on one side, like"
                                + " a car seat, a shopping bag or a toddler.")
                        .category(LATERAL_CORE)
                        .phase(STRENGTH_AND_FUNCTION)
                        .setUp("Stand tall holding a moderate weight in one hand at your side, such as a full shopping"
                                + " bag. Ribs stacked over your pelvis, knees soft.")
                        .steps(
                                "Breathe out and gently engage your pelvic floor and deep core before you pick up the"
                                        + " weight.",
                                "Walk slowly in a straight line, keeping both shoulders level and your body upright.",
                                "Keep breathing easily as you walk.",
                                "Put the weight down with bent knees, rest, and switch hands.")
                        .cues("Don't lean away from the weight or let it pull you sideways.", "Short, steady steps.")
                        .watchFor(BREATH_HOLDING, LEAKING, HEAVINESS, PAIN)
                        .dosage(Dosage.builder()
                                .sets(2, 3)
                                .duration(Duration.ofSeconds(30))
                                .perSide()
                                .load("a shopping bag or the car seat"))
                        .precautions("This exercise loads your belly and your pelvic floor. After a C-section, start"
                                + " it only once you are cleared, usually not before 6 weeks after the birth. Check"
                                + " with your therapist first if you have pelvic girdle pain, a bulge or heaviness in"
                                + " your vagina, or had a 3rd or 4th degree tear.")
                        .loadedAbdominalWork()
                        .cautions(Caution.PELVIC_GIRDLE_PAIN, Caution.PROLAPSE_SYMPTOMS, Caution.SEVERE_PERINEAL_TEAR)
                        .easier("side-plank-straight-top-leg"));
    }
}
