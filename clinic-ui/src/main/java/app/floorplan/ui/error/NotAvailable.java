package app.floorplan.ui.error;

import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.Role;
import app.floorplan.ui.layout.HomeView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;

/**
 * What the error pages say, so a refused route and a refused use case read the same, and every error page ends with a
 * way back to the person's start page.
 */
final class NotAvailable {

    static final String NOT_FOUND_HEADING = "Not found";
    static final String NOT_FOUND = "There is no patient or record at this address in your clinic. If you followed a"
            + " link or typed the address, check that it is complete.";
    static final String REFUSED_HEADING = "Not available";
    static final String REFUSED_STAFF =
            "This page is not part of your login's work. If you need it, ask your clinic's administrator.";
    static final String REFUSED_PATIENT =
            "This page is not part of your plan. If you think you should see it, ask your physical therapist.";

    private NotAvailable() {}

    /** Why a login may not do something, in words for its role (a patient has no administrator to ask). */
    static String refusedFor(Optional<Actor> actor) {
        return actor.filter(a -> a.is(Role.PATIENT)).isPresent() ? REFUSED_PATIENT : REFUSED_STAFF;
    }

    /** The heading, the explanation and the link home (id {@code home-id}). */
    static Component[] page(String heading, String text, String homeId) {
        RouterLink home = new RouterLink("Go to your start page", HomeView.class);
        home.setId(homeId);
        return new Component[] {new H2(heading), new Paragraph(text), home};
    }
}
