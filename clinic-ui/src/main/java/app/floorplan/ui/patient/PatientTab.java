package app.floorplan.ui.patient;

import app.floorplan.core.identity.PatientId;
import com.vaadin.flow.component.Component;

/**
 * A clinical feature's tab on the patient page (intake, assessments, later the program). Features contribute tabs as
 * Spring beans, so the patient page does not depend on them.
 */
public interface PatientTab {

    /** Position among the tabs, lowest first. */
    int order();

    String label();

    Component content(PatientId patient);
}
