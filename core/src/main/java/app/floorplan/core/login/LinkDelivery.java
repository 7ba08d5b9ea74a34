package app.floorplan.core.login;

/** Port: turns a link's secret into the address a person opens, and sends it by e-mail when that is set up. */
public interface LinkDelivery {

    /** The full address of the page that redeems this link. */
    String address(IssuedLink link);

    MailOutcome mail(String toAddress, LoginLetter letter);

    /**
     * Whether a link may be mailed with nobody from the clinic involved (a reset the person asked for): needs a mail
     * server and a configured public address, so a forged Host header cannot redirect the link.
     */
    boolean mailsUnattended();
}
