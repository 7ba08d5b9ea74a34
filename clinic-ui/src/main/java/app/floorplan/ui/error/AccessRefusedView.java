package app.floorplan.ui.error;

import app.floorplan.core.identity.AccessRefusedException;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown when a use case refuses the logged-in person. The refusal was audited where it happened (the use case's
 * {@code DeniedAccessAudit}); its reason is not shown.
 */
@PermitAll
public class AccessRefusedView extends VerticalLayout implements HasErrorParameter<AccessRefusedException> {

    public AccessRefusedView() {
        add(new H2("Not available"), new Paragraph(NotAvailable.TEXT));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessRefusedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
