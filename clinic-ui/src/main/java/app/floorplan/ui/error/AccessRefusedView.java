package app.floorplan.ui.error;

import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.ui.layout.MainLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * Shown in the person's normal frame when a use case refuses them. The refusal was audited where it happened (the use
 * case's {@code DeniedAccessAudit}). The page says only which kind of refusal it was: "not found" when there is no
 * such record within the login's reach (a missing record and another clinic's read the same: see docs/security.md,
 * "Not found and not available"), "not available" when the login may not do this at all.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessRefusedView extends VerticalLayout implements HasErrorParameter<AccessRefusedException> {

    private final CurrentActor currentActor;

    public AccessRefusedView(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessRefusedException> parameter) {
        removeAll();
        if (parameter.getException().isNoSuchRecord()) {
            add(NotAvailable.page(NotAvailable.NOT_FOUND_HEADING, NotAvailable.NOT_FOUND, "refused-home"));
            return HttpServletResponse.SC_NOT_FOUND;
        }
        add(NotAvailable.page(NotAvailable.REFUSED_HEADING, NotAvailable.refusedFor(actor()), "refused-home"));
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
