package app.floorplan.ui.intake;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.IntakeRecords;
import app.floorplan.ui.patient.PatientTab;
import com.vaadin.flow.component.Component;
import java.time.Clock;

/** The intake summary as a tab of the patient page, right after the overview. */
final class IntakeTab implements PatientTab {

    private final IntakeRecords intakeRecords;
    private final Clock clock;

    IntakeTab(IntakeRecords intakeRecords, Clock clock) {
        this.intakeRecords = intakeRecords;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String label() {
        return "Intake";
    }

    @Override
    public Component content(PatientId patient) {
        return new IntakeSummaryPanel(patient, intakeRecords, clock);
    }
}
