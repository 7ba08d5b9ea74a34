package app.floorplan.ui.assessment;

import app.floorplan.core.assessment.AssessmentSettings;
import app.floorplan.core.assessment.DiastasisThresholds;
import app.floorplan.core.validation.EditConflictException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The clinic admin's settings for how the clinic's assessments are judged: which published diastasis limits the
 * findings use. The use case audits every view and change and refuses a choice made on a screen someone else changed
 * meanwhile.
 */
@Route("admin/clinic-settings")
@PageTitle("Clinic settings · FloorPlan")
@RolesAllowed("ADMIN")
public class ClinicSettingsView extends VerticalLayout {

    private final AssessmentSettings settings;
    private final RadioButtonGroup<DiastasisThresholds> thresholds = new RadioButtonGroup<>("Diastasis limits");
    private final Div outcome = new Div();
    private DiastasisThresholds shown;

    public ClinicSettingsView(AssessmentSettings settings) {
        this.settings = settings;
        setMaxWidth("48rem");
        thresholds.setId("diastasis-thresholds");
        thresholds.setItems(DiastasisThresholds.values());
        thresholds.setItemLabelGenerator(ClinicSettingsView::label);
        thresholds.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        thresholds.setHelperText("Both are the 90th percentile of women who had not given birth, measured by ultrasound"
                + " at rest. A limit is applied only at the point and in the state its source measured; other readings"
                + " are shown as not judged, with the reason. Every finding names the source it was judged by.");
        outcome.setId("clinic-settings-outcome");
        Button save = new Button("Save", e -> save());
        save.setId("save-clinic-settings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H2("Clinic settings"),
                new H3("How a diastasis is judged"),
                new Paragraph("The limits apply to every PT's findings in this clinic from the moment they are saved,"
                        + " old assessments included: the recorded distances stay as they were, only their judgement"
                        + " follows the chosen source."),
                thresholds,
                save,
                outcome);
        load();
    }

    private static String label(DiastasisThresholds choice) {
        return choice.description() + (choice == DiastasisThresholds.DEFAULT ? " (FloorPlan's default)" : "");
    }

    private void load() {
        shown = settings.diastasisThresholds();
        thresholds.setValue(shown);
    }

    private void save() {
        DiastasisThresholds chosen = thresholds.getValue();
        if (chosen == shown) {
            outcome.setText("Nothing to save: the clinic already judges by " + shown.source() + ".");
            return;
        }
        try {
            settings.chooseDiastasisThresholds(shown, chosen);
            shown = chosen;
            outcome.setText("Saved: findings in this clinic are now judged by " + chosen.source() + ".");
        } catch (EditConflictException e) {
            load();
            outcome.setText("Someone else changed this setting while you were choosing; it now reads " + shown.source()
                    + ". Nothing was saved: choose again if you still want to change it.");
        }
    }
}
