package app.floorplan.ui.assessment;

import app.floorplan.core.assessment.AssessmentComparison;
import app.floorplan.core.assessment.AssessmentId;
import app.floorplan.core.assessment.AssessmentRecords;
import app.floorplan.core.identity.PatientId;
import app.floorplan.ui.patient.PatientView;
import app.floorplan.ui.patient.RecordAddress;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** Two assessments of a patient side by side, with every change marked; the ids come as {@code ?earlier=&later=}. */
@Route("patients/:patientId/assessments/compare")
@PageTitle("Compare assessments · FloorPlan")
@RolesAllowed("PT")
public class AssessmentComparisonView extends VerticalLayout implements BeforeEnterObserver {

    static final String EARLIER = "earlier";
    static final String LATER = "later";

    private final AssessmentRecords records;

    public AssessmentComparisonView(AssessmentRecords records) {
        this.records = records;
        setMaxWidth("72rem");
    }

    /** The query that compares two assessments, earlier first. */
    static QueryParameters query(AssessmentId earlier, AssessmentId later) {
        return QueryParameters.simple(Map.of(EARLIER, earlier.toString(), LATER, later.toString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PatientId patientId = RecordAddress.patient(event);
        QueryParameters query = event.getLocation().getQueryParameters();
        removeAll();
        RouterLink back = new RouterLink(
                "Back to patient", PatientView.class, new RouteParameters("patientId", patientId.toString()));
        Optional<AssessmentId> earlier = assessmentId(query, EARLIER);
        Optional<AssessmentId> later = assessmentId(query, LATER);
        if (earlier.isEmpty() || later.isEmpty()) {
            Div pick = new Div("Pick two assessments on the patient's Assessments tab to compare them.");
            pick.setId("comparison-missing");
            pick.addClassName("fp-empty-state");
            add(new H2("Compare assessments"), pick, back);
            return;
        }
        String patientName = records.patient(patientId).fullName();
        AssessmentComparison comparison = records.compare(patientId, earlier.get(), later.get());
        add(
                new H2("Comparison · " + patientName),
                new Paragraph(AssessmentText.date(comparison.earlier().date()) + " compared with "
                        + AssessmentText.date(comparison.later().date())
                        + ". A change smaller than the method's measurement error (for pain, the minimal clinically"
                        + " important difference) is noted as such; values measured in different ways are not"
                        + " subtracted."),
                new ComparisonTable(comparison),
                new HorizontalLayout(
                        open(
                                patientId,
                                comparison.earlier().id(),
                                comparison.earlier().date()),
                        open(
                                patientId,
                                comparison.later().id(),
                                comparison.later().date()),
                        back));
    }

    private static RouterLink open(PatientId patientId, AssessmentId id, LocalDate date) {
        return new RouterLink(
                "Open the assessment of " + AssessmentText.date(date),
                RecordedAssessmentView.class,
                RecordedAssessmentView.parameters(patientId, id));
    }

    private static Optional<AssessmentId> assessmentId(QueryParameters query, String name) {
        try {
            return query.getSingleParameter(name).map(AssessmentId::of);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
