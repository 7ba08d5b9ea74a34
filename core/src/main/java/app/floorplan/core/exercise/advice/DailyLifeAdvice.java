package app.floorplan.core.exercise.advice;

/**
 * Advice for daily life that a therapist hands out with a home program, in patient-facing words. Stored by
 * {@link #name()}.
 */
public enum DailyLifeAdvice {
    FEEDING_SET_UP(
            "Feeding set-up",
            "Bring your baby up to you rather than bending down to your baby. Sit back in a chair that supports your"
                    + " back, feet flat on the floor or on a low stool, and use pillows on your lap and under your arm"
                    + " to raise your baby to breast or bottle height. Let your shoulders drop and your upper back rest"
                    + " against the chair. Between feeds, roll your shoulders and gently turn your upper body to each"
                    + " side."),
    CHANGING_TABLE_HEIGHT(
            "Changing at waist height",
            "Change nappies on a surface at about the height of your waist, so you can stand tall instead of"
                    + " stooping. Keep everything you need within reach, so you are not twisting and stretching while"
                    + " you keep a hand on your baby. If you change your baby on a bed or the floor, kneel beside it"
                    + " rather than bending over from standing."),
    LIFTING(
            "Lifting your baby, car seat and shopping",
            "Get close to what you are lifting. Bend your knees and hinge at your hips, keeping your back long."
                    + " Breathe in; then breathe out and gently engage your pelvic floor and deep core just before and"
                    + " while you lift. Keep the load close to your body and turn with your feet rather than twisting."
                    + " Never hold your breath to lift."),
    POSTURE(
            "Standing and sitting tall",
            "Stack your ribs over your pelvis, like one tin on top of another, rather than leaning back with your hips"
                    + " pushed forward. Keep your knees soft, not locked, and your weight spread over both feet. When you"
                    + " carry your baby in front of you, avoid leaning back to balance the weight. Change position"
                    + " often: no posture is good for hours."),
    WALKING(
            "Walking with breath and core",
            "Walk often, starting with short walks and adding a few minutes at a time. Use your walks to practise: a"
                    + " few slow 360° breaths, and on some of the out-breaths a gentle lift of your pelvic floor and"
                    + " lower belly. Keep the pram close with your elbows soft, so you stay upright. Walking is good for"
                    + " you, but it does not replace your exercises."),
    SCAR_CARE(
            "Caring for your C-section scar",
            "Keep the scar clean and dry while it heals. Once it has fully closed and your doctor, midwife or"
                    + " therapist has cleared you, gently massage the skin around it for a few minutes a day, as your"
                    + " therapist showed you. Contact your doctor or midwife if the scar becomes red, hot, swollen or"
                    + " more painful, or starts to ooze."),
    CARRYING_AND_BABYWEARING(
            "Carrying and babywearing",
            "When you carry your baby on your hip, switch sides often so one side does not do all the work, and stand"
                    + " tall rather than pushing your hip out. In a sling or carrier, wear your baby high and snug,"
                    + " close enough to kiss the top of their head, with the straps tight enough that you do not lean"
                    + " back. Take breaks during long babywearing sessions."),
    GETTING_UP_FROM_THE_FLOOR(
            "Getting up from the floor",
            "Put your baby down somewhere safe first. Roll onto your side, push up onto your hands and knees, and step"
                    + " one foot forward into a half-kneel. Then breathe out, engage your pelvic floor and deep core,"
                    + " and push through your front foot to stand, using a sturdy chair or sofa for support if you need"
                    + " it. Pick your baby up afterwards the way you lift anything: close to you, breathing out."),
    GETTING_IN_AND_OUT_OF_BED(
            "Getting in and out of bed",
            "Instead of sitting straight up, which strains your belly, bend your knees and roll onto your side in one"
                    + " piece. Then push yourself up with your arms as your legs go over the edge of the bed. Do the"
                    + " same in reverse to lie down. Many women find this easier in the weeks after a C-section or with"
                    + " a tummy gap."),
    // [MILLER-1998]: squeezing the pelvic floor before and during a cough reduced cough-related leaking.
    COUGHING_AND_SNEEZING(
            "Coughing, sneezing and laughing",
            "Just before you cough, sneeze or laugh, squeeze and lift your pelvic floor and keep it squeezed until it"
                    + " is over. This can reduce leaks. After a C-section, support your scar with a pillow or your"
                    + " hand when you cough."),
    // [NICE-NG123]: bladder training is the first treatment for urgency; a trial of less caffeine and drinks spread
    // sensibly over the day go with it. The pace of lengthening the intervals is set by the PT, not by this text.
    BLADDER_TRAINING(
            "Bladder training for urgency",
            "When a sudden urge to pass urine comes, try not to rush to the toilet. Stand or sit still, squeeze your"
                    + " pelvic floor a few times quickly and breathe slowly until the urge fades, then walk calmly to"
                    + " the toilet. Little by little, and at the pace your therapist sets with you, stretch the time"
                    + " between toilet visits. Spread your drinks over the day rather than drinking less, and notice"
                    + " whether tea, coffee or fizzy drinks make the urge stronger."),
    // [NICE-NG210]: with prolapse, keep heavy lifting to a minimum and prevent straining from constipation.
    PELVIC_FLOOR_LOAD(
            "Heaviness or a bulge: easing the load on your pelvic floor",
            "If you feel heaviness, dragging or a bulge in your vagina, lift lighter loads more often rather than one"
                    + " heavy load, and squeeze your pelvic floor and breathe out as you lift. Do not strain on the"
                    + " toilet: a low stool under your feet and breathing out gently both help. Lying down for a while"
                    + " can ease the heaviness, which is often worse later in the day. Tell your therapist if the bulge"
                    + " gets bigger or bothers you more.");

    private final String title;
    private final String text;

    DailyLifeAdvice(String title, String text) {
        this.title = title;
        this.text = text;
    }

    public String title() {
        return title;
    }

    /** The advice itself, as the patient reads it. */
    public String text() {
        return text;
    }
}
