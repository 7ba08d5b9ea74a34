package app.floorplan.ui.error;

import app.floorplan.ui.database.DatabaseUnreachable;
import app.floorplan.ui.database.OutageTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Replaces Vaadin's stack-trace page when a page cannot be built. A database that cannot be reached gets its own
 * words and a way to try again; anything else is logged under an incident id ({@link Incidents}).
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
        add(heading, explanation, reference, tryAgain);
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
