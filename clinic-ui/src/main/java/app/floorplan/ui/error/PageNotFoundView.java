package app.floorplan.ui.error;

import app.floorplan.ui.layout.HomeView;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an address that leads nowhere inside the application, such as a mistyped or truncated link to a patient
 * ({@link app.floorplan.ui.patient.RecordAddress}). Replaces Vaadin's default page, which names the address and, in
 * development, lists every route.
 */
@PermitAll
public class PageNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    public PageNotFoundView() {
        RouterLink home = new RouterLink("Go to your start page", HomeView.class);
        home.setId("not-found-home");
        add(
                new H2("Page not found"),
                new Paragraph("There is no page at this address. If you followed a link, it may be incomplete:"
                        + " check that you copied all of it."),
                home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
