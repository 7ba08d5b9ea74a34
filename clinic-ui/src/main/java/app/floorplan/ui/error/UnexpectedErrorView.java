package app.floorplan.ui.error;

import app.floorplan.ui.database.DatabaseUnreachable;
import app.floorplan.ui.database.OutageTexts;
import app.floorplan.ui.layout.HomeView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Replaces Vaadin's stack-trace page when a page cannot be built. A database that cannot be reached gets its own
 * words and a way to try again. Anything else: exception messages can quote clinical values (a database constraint
 * echoes the row), so the log gets the exception type and the top of the stack under an incident id, never the
 * message ({@link Incidents}). It has no frame (the frame itself may be what failed), only a link to the start page.
 */
@PermitAll
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private final H2 heading = new H2();
    private final Paragraph explanation = new Paragraph();
    private final Paragraph reference = new Paragraph();
    private final Button tryAgain = new Button("Try again");

    public UnexpectedErrorView() {
        setId("error-page");
        tryAgain.setId("error-page-try-again");
        tryAgain.addClickListener(e -> getUI().ifPresent(ui -> ui.getPage().reload()));
        RouterLink home = new RouterLink("Go to your start page", HomeView.class);
        home.setId("error-home");
        add(heading, explanation, reference, tryAgain, home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Throwable error = parameter.getCaughtException();
        if (DatabaseUnreachable.causedBy(error)) {
            Incidents.recordDatabaseUnreachable(error);
            heading.setText("The database cannot be reached");
            explanation.setText(OutageTexts.PAGE);
            reference.setVisible(false);
            tryAgain.setVisible(true);
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        heading.setText("Something went wrong");
        explanation.setText("The page could not be shown. Nothing you saved before this is lost. Try again, or go"
                + " back to the previous page.");
        reference.setText("Reference for support: " + Incidents.record(error));
        reference.setVisible(true);
        tryAgain.setVisible(false);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
