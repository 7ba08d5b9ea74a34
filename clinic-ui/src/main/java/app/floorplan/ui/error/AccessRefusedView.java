package app.floorplan.ui.error;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditOutcome;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/** Shown when a use case refuses the logged-in person; the refusal is audited, its reason is not shown. */
@PermitAll
public class AccessRefusedView extends VerticalLayout implements HasErrorParameter<AccessRefusedException> {

    private final AuditTrail audit;
    private final CurrentActor currentActor;

    public AccessRefusedView(AuditTrail audit, CurrentActor currentActor) {
        this.audit = audit;
        this.currentActor = currentActor;
        add(
                new H2("Not available"),
                new Paragraph("You do not have access to this page or record. If you think you should, ask your"
                        + " clinic's administrator."));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessRefusedException> parameter) {
        actor().ifPresent(actor -> audit.recordOutcome(actor, AuditAction.ACCESS_DENIED, AuditOutcome.DENIED));
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
