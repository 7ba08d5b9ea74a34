package app.floorplan.ui.export;

import app.floorplan.core.export.PaperSize;
import app.floorplan.core.export.PlanDocumentRenderer;
import app.floorplan.core.export.PlanDocumentSources;
import app.floorplan.core.export.PlanDocuments;
import app.floorplan.core.export.RecordBundleWriter;
import app.floorplan.core.export.RecordCopies;
import app.floorplan.core.export.RecordDocumentRenderer;
import app.floorplan.core.export.RecordExports;
import app.floorplan.core.export.RecordSources;
import app.floorplan.core.safety.GetHelpNow;
import app.floorplan.export.fhir.FhirRecordBundleWriter;
import app.floorplan.export.pdf.OpenPdfPlanRenderer;
import app.floorplan.export.pdf.OpenPdfRecordRenderer;
import app.floorplan.ui.patient.PatientAdminSection;
import app.floorplan.ui.patient.PatientTab;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

@Configuration(proxyBeanMethods = false)
@Import({PlanDocumentSources.class, RecordSources.class, PlanDocuments.class, RecordExports.class, RecordCopies.class})
class ExportConfiguration {

    /** The "When to get help now" card with the local emergency number, e.g. 112, 999 or 911. */
    @Bean
    GetHelpNow getHelpNow(
            @Value("${floorplan.safety.emergency-number:" + GetHelpNow.DEFAULT_EMERGENCY_NUMBER + "}") String number) {
        return new GetHelpNow(number);
    }

    /** The clinic's paper for what patients print themselves (the PT chooses each time). */
    @Bean
    ClinicPaper clinicPaper(@Value("${floorplan.export.paper-size:A4}") PaperSize paper) {
        return new ClinicPaper(paper);
    }

    @Bean
    PlanDocumentRenderer planDocumentRenderer() {
        return new OpenPdfPlanRenderer();
    }

    @Bean
    RecordDocumentRenderer recordDocumentRenderer() {
        return new OpenPdfRecordRenderer();
    }

    @Bean
    RecordBundleWriter recordBundleWriter() {
        return new FhirRecordBundleWriter();
    }

    @Bean
    PatientTab recordExportTab(RecordExports exports) {
        return new RecordExportTab(exports);
    }

    @Bean
    PatientAdminSection recordCopySection(RecordCopies copies, ClinicPaper paper) {
        return new RecordCopySection(copies, paper);
    }
}
