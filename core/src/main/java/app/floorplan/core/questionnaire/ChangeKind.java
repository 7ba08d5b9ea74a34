package app.floorplan.core.questionnaire;

/** What kind of change threshold a source publishes; they answer different questions and are labelled as such. */
public enum ChangeKind {
    /** The smallest change patients perceive as important (anchor-based). */
    MINIMAL_IMPORTANT_CHANGE("minimal important change"),
    /** The smallest change larger than measurement error, at a stated confidence. */
    MINIMAL_DETECTABLE_CHANGE("minimal detectable change"),
    /** The change needed to be 95 % confident that it is real for one person (Jacobson and Truax). */
    RELIABLE_CHANGE("reliable change");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
