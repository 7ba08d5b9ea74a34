package app.floorplan.core.overview;

/** What the PT should do next for a patient, in the order a visit would go. */
public enum NextStep {
    RECORD_INTAKE("Record the intake: obstetric history, pain and the red-flag screen."),
    RESOLVE_RED_FLAGS(
            "Act on the open red flags (see what to do now) and record each outcome: an exercise program waits for a"
                    + " routine referral or a clearance."),
    FIRST_ASSESSMENT("Assess breathing, deep core, pelvic floor and diastasis recti."),
    PRESCRIBE_PROGRAM("Prescribe a home program: the program editor suggests exercises from the latest findings."),
    REASSESS("The last assessment is more than 6 weeks old: re-assess to see the change.");

    private final String text;

    NextStep(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
