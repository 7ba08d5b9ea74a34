package app.floorplan.core.intake;

/**
 * What the PT did about positive red flags, with its urgency. A routine referral or a clearance lets prescribing go
 * on; an emergency or urgent referral keeps the block until the result is known and a later outcome (a clearance, or a
 * routine follow-up) is recorded: the patient is being seen for something that may rule exercise out.
 */
public enum RedFlagOutcome {
    EMERGENCY_REFERRAL("Emergency: sent for emergency care now", true, false),
    URGENT_REFERRAL("Urgent referral: to be seen today", true, false),
    ROUTINE_REFERRAL("Routine referral", true, true),
    CLEARED("Cleared: no referral needed", false, true),
    /** Recorded before urgencies existed; it let prescribing go on then, and still does. */
    REFERRED("Referred to a physician (urgency not recorded)", true, true);

    private final String label;
    private final boolean referral;
    private final boolean allowsPrescribing;

    RedFlagOutcome(String label, boolean referral, boolean allowsPrescribing) {
        this.label = label;
        this.referral = referral;
        this.allowsPrescribing = allowsPrescribing;
    }

    public String label() {
        return label;
    }

    /** A referral names to whom; a clearance does not. */
    public boolean isReferral() {
        return referral;
    }

    public boolean allowsPrescribing() {
        return allowsPrescribing;
    }

    /** Whether a PT can record it today; {@link #REFERRED} is only read from old records. */
    public boolean recordable() {
        return this != REFERRED;
    }
}
