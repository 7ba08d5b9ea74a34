package app.floorplan.ui.progress;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.progress.ProgressReports;
import app.floorplan.ui.patient.PatientTab;
import com.vaadin.flow.component.Component;
import java.time.Clock;

/** How the home program goes, as a tab of the patient page after the program. */
final class ProgressTab implements PatientTab {

    private final ProgressReports reports;
    private final Clock clock;

    ProgressTab(ProgressReports reports, Clock clock) {
        this.reports = reports;
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
        return new ProgressPanel(patient, reports, clock);
    }
}
