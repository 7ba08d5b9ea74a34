package app.floorplan.core.identity;

/**
 * A use case refused the current actor. The message is for the audit trail and logs only: it never contains health
 * data. The person sees a generic page that says only which kind of refusal it was: the login may not do this at all,
 * or there is no such record within its reach ({@link #noSuchRecord}).
 */
public final class AccessRefusedException extends RuntimeException {

    private final boolean noSuchRecord;

    public AccessRefusedException(String reason) {
        this(reason, false);
    }

    private AccessRefusedException(String reason, boolean noSuchRecord) {
        super(reason);
        this.noSuchRecord = noSuchRecord;
    }

    /**
     * No record with this id within the actor's reach. A missing record and one of another clinic (or another
     * patient) are refused alike, so an id tells the person nothing about records they may not see.
     */
    public static AccessRefusedException noSuchRecord(String reason) {
        return new AccessRefusedException(reason, true);
    }

    /** True when the record was not found within the actor's reach, false when the login may not do this at all. */
    public boolean isNoSuchRecord() {
        return noSuchRecord;
    }
}
