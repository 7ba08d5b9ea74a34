package app.floorplan.ui.error;

import app.floorplan.ui.layout.MainLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an address that leads nowhere inside the application, such as a mistyped or truncated link to a patient
 * ({@link app.floorplan.ui.patient.RecordAddress}). Replaces Vaadin's default page, which names the address and, in
 * development, lists every route. Shown in the person's normal frame.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class PageNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    public PageNotFoundView() {
        add(NotAvailable.page(
                "Page not found",
                "There is no page at this address. If you followed a link, it may be incomplete: check that you copied"
                        + " all of it.",
                "not-found-home"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
