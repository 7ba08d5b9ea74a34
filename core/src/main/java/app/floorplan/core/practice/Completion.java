package app.floorplan.core.practice;

/** How much of a session or an exercise the patient did, in her own judgement. */
public enum Completion {
    DONE,
    PARTLY,
    SKIPPED;

    /** Whether this counts as a session practised for adherence (partly done counts: she showed up). */
    public boolean practised() {
        return this != SKIPPED;
    }
}
