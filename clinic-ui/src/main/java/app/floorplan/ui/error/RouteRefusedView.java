package app.floorplan.ui.error;

import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.ui.layout.MainLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * Shown when Vaadin's navigation access control refuses a logged-in person a route their role does not allow (a
 * person who is not logged in goes to the login page instead). Replaces Vaadin's default error view so the refusal is
 * audited. Shown in the person's normal frame, with a link to their start page.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class RouteRefusedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    private final AuditTrail audit;
    private final CurrentActor currentActor;

    public RouteRefusedView(AuditTrail audit, CurrentActor currentActor) {
        this.audit = audit;
        this.currentActor = currentActor;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        Optional<Actor> actor = actor();
        audit.recordDenied(actor, Optional.empty());
        removeAll();
        add(NotAvailable.page(NotAvailable.REFUSED_HEADING, NotAvailable.refusedFor(actor), "refused-home"));
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
