package app.floorplan.ui.error;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces Vaadin's stack-trace page. Exception messages can quote clinical values (a database constraint echoes the
 * row), so the log gets the exception type and the top of the stack under an incident id, never the message. It has
 * no frame (the frame itself may be what failed), only a link to the start page.
 */
@PermitAll
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    private final Paragraph reference = new Paragraph();

    public UnexpectedErrorView() {
        add(NotAvailable.page(
                "Something went wrong",
                "The page could not be shown. Nothing you saved before this is lost. Try again, go back to the"
                        + " previous page, or start again from your start page.",
                "error-home"));
        add(reference);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        Throwable error = parameter.getCaughtException();
        log.error(
                "Incident {}: {} at {}",
                incident,
                error.getClass().getName(),
                Arrays.stream(error.getStackTrace())
                        .limit(8)
                        .map(String::valueOf)
                        .collect(Collectors.joining(" < ")));
        reference.setText("Reference for support: " + incident);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
