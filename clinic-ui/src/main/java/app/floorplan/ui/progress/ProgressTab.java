package app.floorplan.ui.progress;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.outcome.OutcomeTimelines;
import app.floorplan.core.progress.ProgressReports;
import app.floorplan.ui.outcome.MeasuresSection;
import app.floorplan.ui.patient.PatientTab;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;

/**
 * How she is doing, as a tab of the patient page after the program: the home practice (suggestion, adherence, logged
 * pain, symptoms), then every outcome measure over time with the link to the printable summary.
 */
final class ProgressTab implements PatientTab {

    private final ProgressReports reports;
    private final OutcomeTimelines timelines;
    private final Clock clock;

    ProgressTab(ProgressReports reports, OutcomeTimelines timelines, Clock clock) {
        this.reports = reports;
        this.timelines = timelines;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String label() {
        return "Progress";
    }

    @Override
    public Component content(PatientId patient) {
        VerticalLayout tab =
                new VerticalLayout(new ProgressPanel(patient, reports, clock), new MeasuresSection(patient, timelines));
        tab.setPadding(false);
        tab.setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.STRETCH);
        return tab;
    }
}
