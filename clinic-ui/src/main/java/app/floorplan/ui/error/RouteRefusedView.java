package app.floorplan.ui.error;

import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * Shown when Vaadin's navigation access control refuses a logged-in person a route their role does not allow (a
 * person who is not logged in goes to the login page instead). Replaces Vaadin's default error view so the refusal is
 * audited.
 */
@PermitAll
public class RouteRefusedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    private final AuditTrail audit;
    private final CurrentActor currentActor;

    public RouteRefusedView(AuditTrail audit, CurrentActor currentActor) {
        this.audit = audit;
        this.currentActor = currentActor;
        add(new H2("Not available"), new Paragraph(NotAvailable.TEXT));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        audit.recordDenied(actor(), Optional.empty());
        return HttpServletResponse.SC_FORBIDDEN;
    }

    private Optional<Actor> actor() {
        try {
            return Optional.of(currentActor.require());
        } catch (AccessRefusedException anonymous) {
            return Optional.empty();
        }
    }
}
