package app.floorplan.core.exercise;

/**
 * Signs during an exercise that mean "make it easier or stop": the patient sees what to look for and what to do.
 * Stored by {@link #name()}.
 */
public enum WatchFor {
    DOMING(
            "Doming",
            "A ridge, peak or bulge along the middle of your belly.",
            "Make the movement smaller or gentler, or go back to the easier version."),
    BREATH_HOLDING(
            "Holding your breath",
            "Holding your breath, straining or bearing down to get through the effort.",
            "Breathe out on the hardest part. If you cannot keep breathing, make it easier."),
    LEAKING(
            "Leaking",
            "Leaking urine, wind or stool.",
            "Stop and use the easier version next time. Tell your therapist at your next visit."),
    HEAVINESS(
            "Heaviness",
            "A heavy, dragging or bulging feeling in your vagina or pelvis.",
            "Stop, rest lying down, and use the easier version next time. Tell your therapist."),
    PAIN(
            "Pain",
            "Pain, more than a mild discomfort that settles quickly.",
            "Stop. If the pain does not settle, leave this exercise out until you have spoken to your therapist.");

    private final String label;
    private final String whatItIs;
    private final String whatToDo;

    WatchFor(String label, String whatItIs, String whatToDo) {
        this.label = label;
        this.whatItIs = whatItIs;
        this.whatToDo = whatToDo;
    }

    public String label() {
        return label;
    }

    /** How the patient notices it. */
    public String whatItIs() {
        return whatItIs;
    }

    /** What the patient does when it happens. */
    public String whatToDo() {
        return whatToDo;
    }
}
