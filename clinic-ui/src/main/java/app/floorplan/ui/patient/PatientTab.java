package app.floorplan.ui.patient;

import app.floorplan.core.identity.PatientId;
import com.vaadin.flow.component.Component;
import java.util.function.Function;

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

    /** A tab with one panel, built for the patient when the PT first opens the tab. */
    static PatientTab of(int order, String label, Function<PatientId, Component> panel) {
        return new OnePanel(order, label, panel);
    }

    /** The tab {@link #of} makes. */
    record OnePanel(int order, String label, Function<PatientId, Component> panel) implements PatientTab {

        @Override
        public Component content(PatientId patient) {
            return panel.apply(patient);
        }
    }
}
