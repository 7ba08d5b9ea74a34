package app.floorplan.ui.export;

import app.floorplan.core.export.RecordCopies;
import app.floorplan.core.export.RecordFormat;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The patient's copy of everything FloorPlan keeps about her (right of access): a PDF to read and a FHIR file for
 * another health service. Each file is made when she taps its link.
 */
@Route("my-record")
@PageTitle("My record · FloorPlan")
@RolesAllowed("PATIENT")
public class MyRecordView extends VerticalLayout {

    public MyRecordView(RecordCopies copies, ClinicPaper paper) {
        addClassName("fp-portal");
        var pdf = new Anchor(
                Downloads.of(() -> copies.mine(RecordFormat.PDF, paper.size())), "Download my record (PDF, to read)");
        pdf.setId("my-record-pdf");
        var fhir = new Anchor(
                Downloads.of(() -> copies.mine(RecordFormat.FHIR_JSON, paper.size())),
                "Download my record for another health service (FHIR)");
        fhir.setId("my-record-fhir");
        add(
                new H2("My record"),
                new Paragraph("You can have a copy of everything we keep about you: your details, every version of"
                        + " your home program, the measures from your visits, your practice log and your"
                        + " questionnaires."),
                pdf,
                new Paragraph("The FHIR file holds the same, in the standard format other health services and apps"
                        + " can read. Keep both files safe: they contain your health information."),
                fhir);
    }
}
