package app.floorplan.core.identity;

/**
 * A use case refused the current actor. The message is for the audit trail and logs only: it never contains health
 * data, and the person sees a generic "not allowed" page.
 */
public final class AccessRefusedException extends RuntimeException {
    public AccessRefusedException(String reason) {
        super(reason);
    }
}
