package app.floorplan.core.safety;

/** How soon a woman with a warning sign must get help ([AWHONN-POSTBIRTH] uses the same two tiers). */
public enum HelpUrgency {
    /** Call the emergency number now. */
    EMERGENCY,
    /** Call the midwife, GP or maternity unit now, day or night; the emergency number if they cannot be reached. */
    CALL_NOW
}
