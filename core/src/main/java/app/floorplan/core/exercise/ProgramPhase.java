package app.floorplan.core.exercise;

import java.util.Arrays;
import java.util.Optional;

/**
 * The stages of postnatal core rehab. A patient is in one phase; a program can still hold items from earlier phases.
 * Stored by {@link #number()}.
 */
public enum ProgramPhase {
    BREATH_AND_CONNECTION(
            1,
            "Breath and connection",
            "This phase reconnects the muscles that support you from the inside: your diaphragm, your deep belly"
                    + " muscles and your pelvic floor. You practise breathing and gentle activation, mostly lying down or"
                    + " sitting, so that these muscles learn to work together again. The exercises are small and quiet,"
                    + " but everything that follows is built on them."),
    STABILITY(
            2,
            "Stability",
            "Now you learn to keep your trunk and pelvis steady while your arms or legs move, or while you hold a"
                    + " position. The aim is control, not effort: steady breathing, no bulging of the belly and no"
                    + " pushing down into your pelvic floor, so that the same steadiness is there in everyday"
                    + " tasks."),
    DYNAMIC_CONTROL(
            3,
            "Dynamic control",
            "In this phase your core keeps you supported while you move in more ways: on hands and knees, standing, on"
                    + " one leg, and with arms and legs moving in opposite directions. You link your breath to the effort"
                    + " of each movement, so the support switches on by itself when daily life asks for it."),
    STRENGTH_AND_FUNCTION(
            4,
            "Strength and function",
            "Now you build strength for the real demands of life with a baby: lifting the car seat, carrying on one"
                    + " side, squatting and getting up from the floor. Exercises get heavier and longer, always with the"
                    + " breathing and core habits you have learned, to prepare you to return to the activities you"
                    + " enjoy.");

    private final int number;
    private final String label;
    private final String patientExplanation;

    ProgramPhase(int number, String label, String patientExplanation) {
        this.number = number;
        this.label = label;
        this.patientExplanation = patientExplanation;
    }

    /** 1-4, as clinicians say it ("phase 2") and as stored. */
    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    /** What this phase is for, in words a patient understands. */
    public String patientExplanation() {
        return patientExplanation;
    }

    public static Optional<ProgramPhase> ofNumber(int number) {
        return Arrays.stream(values()).filter(phase -> phase.number == number).findFirst();
    }

    /** The phase after this one; empty for the last. */
    public Optional<ProgramPhase> next() {
        return ofNumber(number + 1);
    }
}
