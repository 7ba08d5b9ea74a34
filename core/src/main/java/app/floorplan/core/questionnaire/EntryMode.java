package app.floorplan.core.questionnaire;

/** How an instrument's answers reach FloorPlan. */
public enum EntryMode {
    /**
     * Item by item, by the patient on her phone (with the printed copy in hand) or by the PT from the paper copy. The
     * PT can assign it.
     */
    ITEMS_BY_PATIENT_OR_PT,
    /** Item by item, by the PT only: it is an interview, or a screen that needs the PT there when it is answered. */
    ITEMS_BY_PT,
    /** The total score only, entered by the PT: the instrument's licence does not allow FloorPlan to hold its items. */
    TOTAL_BY_PT
}
