package app.floorplan.ui.patient;

import app.floorplan.core.assessment.AssessmentId;
import app.floorplan.core.identity.PatientId;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.function.Function;

/**
 * The record ids in a view's address. An id that is not a UUID (mistyped, or a link cut short when it was copied) is
 * "page not found": Vaadin shows the view for {@link NotFoundException} instead of failing inside the view. The check
 * is here, not in the route template, so the address still reaches Vaadin when typed into the browser (Spring
 * Security answers an address that matches no route with an empty 403).
 */
public final class RecordAddress {

    private RecordAddress() {}

    public static PatientId patient(BeforeEnterEvent event) {
        return id(event, "patientId", PatientId::of);
    }

    public static AssessmentId assessment(BeforeEnterEvent event) {
        return id(event, "assessmentId", AssessmentId::of);
    }

    /** Any record id in the address, e.g. {@code id(event, "assignmentId", AssignmentId::of)}. */
    public static <T> T id(BeforeEnterEvent event, String parameter, Function<String, T> parse) {
        String value = event.getRouteParameters().get(parameter).orElseThrow(NotFoundException::new);
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException();
        }
    }
}
