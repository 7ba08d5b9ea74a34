package app.floorplan.ui.login;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.login.PatientLogins;
import app.floorplan.core.reminder.PracticeReminders;
import app.floorplan.ui.patient.PatientTab;
import com.vaadin.flow.component.Component;
import java.time.Clock;

/** The patient's portal login as a tab of the patient page, after the program. */
final class PortalLoginTab implements PatientTab {

    private final PatientLogins logins;
    private final PracticeReminders reminders;
    private final PortalLinkDelivery delivery;
    private final Clock clock;

    PortalLoginTab(PatientLogins logins, PracticeReminders reminders, PortalLinkDelivery delivery, Clock clock) {
        this.logins = logins;
        this.reminders = reminders;
        this.delivery = delivery;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String label() {
        return "Portal login";
    }

    @Override
    public Component content(PatientId patient) {
        return new PortalLoginPanel(patient, logins, reminders, delivery, clock.getZone());
    }
}
