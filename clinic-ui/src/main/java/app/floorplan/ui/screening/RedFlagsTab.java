package app.floorplan.ui.screening;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.screening.RedFlagReview;
import app.floorplan.ui.patient.PatientTab;
import com.vaadin.flow.component.Component;
import java.time.Clock;

/** Every visit's red-flag screen with outcomes, as a tab of the patient page between the overview and the intake. */
final class RedFlagsTab implements PatientTab {

    private final RedFlagReview review;
    private final Clock clock;

    RedFlagsTab(RedFlagReview review, Clock clock) {
        this.review = review;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String label() {
        return "Red flags";
    }

    @Override
    public Component content(PatientId patient) {
        return new RedFlagPanel(patient, review, clock.getZone());
    }
}
