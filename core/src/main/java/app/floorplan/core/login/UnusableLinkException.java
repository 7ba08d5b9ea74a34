package app.floorplan.core.login;

/** The link is unknown, expired, already used or replaced: the person sees one message for all of these. */
public final class UnusableLinkException extends RuntimeException {

    public static final String MESSAGE =
            "This link has expired or was already used. Ask your physiotherapist for a new one.";

    public UnusableLinkException() {
        super(MESSAGE);
    }
}
