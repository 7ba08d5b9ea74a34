package app.floorplan.ui.error;

/** The one message for every refusal, so a refused route and a refused record read the same. */
final class NotAvailable {

    static final String TEXT = "You do not have access to this page or record. If you think you should, ask your"
            + " clinic's administrator.";

    private NotAvailable() {}
}
