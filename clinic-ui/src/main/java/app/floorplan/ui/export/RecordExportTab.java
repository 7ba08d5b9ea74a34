package app.floorplan.ui.export;

import app.floorplan.core.export.RecordExports;
import app.floorplan.core.identity.PatientId;
import app.floorplan.ui.patient.PatientTab;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The patient page's "Export" tab: her record as a FHIR R4 bundle for another system, as a download and as the address
 * of the staff API. Nothing is read until the PT downloads.
 */
final class RecordExportTab implements PatientTab {

    private final RecordExports exports;

    RecordExportTab(RecordExports exports) {
        this.exports = exports;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String label() {
        return "Export";
    }

    @Override
    public Component content(PatientId patient) {
        var download =
                new Anchor(Downloads.of(() -> exports.fhirBundle(patient)), "Download the record (FHIR R4, JSON)");
        download.setId("export-fhir");
        var layout = new VerticalLayout(
                new H3("Record for another system"),
                new Paragraph("Her details, history, the measures of every assessment, every version of her home"
                        + " program with dosage and her practice log, as one FHIR R4 bundle. The download is recorded"
                        + " in the audit trail."),
                download,
                new Paragraph("Staff API (same content, for a logged-in PT): "),
                new Code("GET /api/fhir/Patient/" + patient + "/$everything"),
                new Paragraph("The home program on paper is on the Program tab."));
        layout.setPadding(false);
        layout.setId("export-tab");
        return layout;
    }
}
