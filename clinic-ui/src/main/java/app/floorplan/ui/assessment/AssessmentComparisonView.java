package app.floorplan.ui.assessment;

import app.floorplan.core.assessment.AssessmentComparison;
import app.floorplan.core.assessment.AssessmentId;
import app.floorplan.core.assessment.AssessmentRecords;
import app.floorplan.core.assessment.ComparedVisit;
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
import java.time.Clock;
import java.time.ZoneId;
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
    private final Clock clock;

    public AssessmentComparisonView(AssessmentRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
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
        var zone = clock.getZone();
        boolean sameDay = comparison.sameDay();
        Paragraph explanation = new Paragraph(AssessmentText.visit(comparison.earlier(), sameDay, zone)
                + " compared with " + AssessmentText.visit(comparison.later(), sameDay, zone)
                + ". An inter-rectus distance change is weighed against the smallest real change between raters where a"
                + " source gives one for that method and site, and says so where none is published; a change in pain"
                + " against the minimal important change. Values measured in different ways or at different points"
                + " are not subtracted.");
        explanation.setId("comparison-explanation");
        add(
                new H2("Comparison · " + patientName),
                explanation,
                new ComparisonTable(comparison, zone),
                new HorizontalLayout(
                        open(patientId, comparison.earlier(), sameDay, zone),
                        open(patientId, comparison.later(), sameDay, zone),
                        back));
    }

    private static RouterLink open(PatientId patientId, ComparedVisit visit, boolean withTime, ZoneId zone) {
        return new RouterLink(
                "Open the assessment of " + AssessmentText.visit(visit, withTime, zone),
                RecordedAssessmentView.class,
                RecordedAssessmentView.parameters(patientId, visit.assessment().id()));
    }

    private static Optional<AssessmentId> assessmentId(QueryParameters query, String name) {
        try {
            return query.getSingleParameter(name).map(AssessmentId::of);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
