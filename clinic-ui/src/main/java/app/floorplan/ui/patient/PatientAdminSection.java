package app.floorplan.ui.patient;

import app.floorplan.core.identity.PatientId;
import com.vaadin.flow.component.Component;

/**
 * A feature's section on the patient page for the clinic admin (who sees her details, not her clinical record), e.g.
 * producing a copy of the record on the patient's request. Contributed as Spring beans, like {@link PatientTab}.
 */
public interface PatientAdminSection {

    Component content(PatientId patient);
}
