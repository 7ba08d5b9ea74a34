package app.floorplan.ui.patient;

import app.floorplan.core.identity.PatientId;
import com.vaadin.flow.component.Component;

/**
 * A feature's tab on the patient page after the overview (intake, assessments, program, progress, portal login).
 * Features contribute tabs as Spring beans, so the patient page does not depend on them. A tab's content is built
 * when the PT first opens it.
 */
public interface PatientTab {

    /** Position among the tabs, lowest first. */
    int order();

    String label();

    Component content(PatientId patient);
}
