package app.floorplan.ui.program;

import app.floorplan.core.export.PaperSize;
import app.floorplan.core.export.PlanDocuments;
import app.floorplan.core.identity.PatientId;
import app.floorplan.ui.export.Downloads;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.stream.IntStream;

/**
 * The home program as a PDF handout: the current version unless the PT picks an earlier one, on A4 or US Letter. The
 * file is made (and audited) when the link is clicked, with the choices shown at that moment.
 */
final class PlanPdfDownload extends HorizontalLayout {

    PlanPdfDownload(PatientId patient, int currentVersion, PlanDocuments documents, PaperSize clinicPaper) {
        Select<Integer> version = new Select<>();
        version.setLabel("Version");
        version.setItems(IntStream.iterate(currentVersion, v -> v >= 1, v -> v - 1)
                .boxed()
                .toList());
        version.setItemLabelGenerator(v -> v == currentVersion ? v + " (current)" : Integer.toString(v));
        version.setValue(currentVersion);
        version.setId("plan-pdf-version");
        Select<PaperSize> paper = new Select<>();
        paper.setLabel("Paper");
        paper.setItems(PaperSize.values());
        paper.setItemLabelGenerator(PaperSize::label);
        paper.setValue(clinicPaper);
        paper.setId("plan-pdf-paper");
        Anchor download = new Anchor(
                Downloads.optional(() -> documents.version(patient, version.getValue(), paper.getValue())),
                "Download the handout (PDF)");
        download.setId("plan-pdf");
        add(version, paper, download);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setId("plan-pdf-download");
    }
}
