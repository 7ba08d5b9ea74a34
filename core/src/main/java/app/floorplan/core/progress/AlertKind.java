package app.floorplan.core.progress;

/**
 * Why the PT is alerted about a patient's practice log. Sources: domain brief, home program model ("Competitors alert
 * the PT on pain >= 7, a rise of 2 points over baseline, or no log-in for about 2 days"; "doming, leaking, heaviness or
 * pain during an exercise means regress or hold") and issue #5.
 */
public enum AlertKind {
    /** Pain logged at {@value AlertRules#HIGH_PAIN} or more. */
    HIGH_PAIN("High pain"),
    /** Pain logged {@value AlertRules#PAIN_RISE} or more points above her baseline. */
    PAIN_RISE("Pain rise"),
    /**
     * Doming, leaking or heaviness/bulge flagged. Heaviness is a possible prolapse symptom, not a red flag: none of the
     * log's fixed symptoms is on the domain brief's red-flag list (fracture, tumour/infection, cauda equina, sacral
     * stress fracture, fever with pelvic pain, neurological signs after epidural).
     */
    EXERCISE_SYMPTOM("Symptom during exercise"),
    /**
     * "More pain" flagged during an exercise or the session: like doming, leaking and heaviness it means regress or hold
     * (domain brief, home program model: "doming, leaking, heaviness or pain during an exercise").
     */
    PAIN_INCREASE("More pain during exercise"),
    /**
     * "Other" with her own words. Free text cannot be classified safely, and a red flag (fever, numbness, new bladder or
     * bowel trouble) would arrive this way, so every such report is shown to the PT to read.
     */
    OTHER_SYMPTOM("Symptom in her words"),
    /** Nothing logged for the configured number of days while a program is active (issue #5: 7 days by default). */
    NO_RECENT_LOG("No recent log"),
    /**
     * EPDS item 10 (thoughts of self-harm) answered above 0 in an outcome questionnaire: [COX-1987] scoring guidance says
     * such an answer always prompts further assessment, whatever the total, so it is urgent.
     */
    SELF_HARM_ANSWER("Thoughts of self-harm (EPDS item 10)");

    private final String label;

    AlertKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
