package app.floorplan.ui.export;

import app.floorplan.core.export.RecordCopies;
import app.floorplan.core.export.RecordFormat;
import app.floorplan.core.identity.PatientId;
import app.floorplan.ui.patient.PatientAdminSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * On the patient page for the admin: a copy of the patient's record for her, when she asks for it other than through
 * the portal (right of access). The same files she downloads herself.
 */
final class RecordCopySection implements PatientAdminSection {

    private final RecordCopies copies;
    private final ClinicPaper paper;

    RecordCopySection(RecordCopies copies, ClinicPaper paper) {
        this.copies = copies;
        this.paper = paper;
    }

    @Override
    public Component content(PatientId patient) {
        var pdf = new Anchor(
                Downloads.of(() -> copies.forPatient(patient, RecordFormat.PDF, paper.size())),
                "Her record as PDF (to read)");
        pdf.setId("record-copy-pdf");
        var fhir = new Anchor(
                Downloads.of(() -> copies.forPatient(patient, RecordFormat.FHIR_JSON, paper.size())),
                "Her record as FHIR R4 (JSON, for another health service)");
        fhir.setId("record-copy-fhir");
        var section = new VerticalLayout(
                new H3("Copy of her record"),
                new Paragraph("When a patient asks for a copy of her data (right of access), download it here and hand"
                        + " it to her. She can also download it herself from her portal. Each copy is recorded in the"
                        + " audit trail."),
                new HorizontalLayout(pdf, fhir));
        section.setPadding(false);
        section.setId("record-copy");
        return section;
    }
}
