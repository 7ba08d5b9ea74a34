package app.floorplan.ui.export;

import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.assessment.AssessmentRepository;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.clinic.ClinicRepository;
import app.floorplan.core.export.PaperSize;
import app.floorplan.core.export.PlanDocumentRenderer;
import app.floorplan.core.export.PlanDocumentSources;
import app.floorplan.core.export.PlanDocuments;
import app.floorplan.core.export.RecordBundleWriter;
import app.floorplan.core.export.RecordCopies;
import app.floorplan.core.export.RecordDocumentRenderer;
import app.floorplan.core.export.RecordExports;
import app.floorplan.core.export.RecordSources;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.practice.PracticeLogRepository;
import app.floorplan.core.program.ExerciseLookup;
import app.floorplan.core.program.HomeProgramRepository;
import app.floorplan.core.questionnaire.ResponseRepository;
import app.floorplan.core.safety.GetHelpNow;
import app.floorplan.export.fhir.FhirRecordBundleWriter;
import app.floorplan.export.pdf.OpenPdfPlanRenderer;
import app.floorplan.export.pdf.OpenPdfRecordRenderer;
import app.floorplan.ui.patient.PatientAdminSection;
import app.floorplan.ui.patient.PatientTab;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
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
    PlanDocumentSources planDocumentSources(
            ExerciseLookup exercises, AccountRepository accounts, ClinicCalendar calendar, GetHelpNow getHelpNow) {
        return new PlanDocumentSources(exercises, accounts, calendar, getHelpNow);
    }

    @Bean
    RecordSources recordSources(
            ClinicRepository clinics,
            IntakeRepository intakes,
            AssessmentRepository assessments,
            HomeProgramRepository programs,
            PracticeLogRepository log,
            ResponseRepository questionnaires,
            PlanDocumentSources plans) {
        return new RecordSources(clinics, intakes, assessments, programs, log, questionnaires, plans);
    }

    @Bean
    PlanDocuments planDocuments(
            PatientRepository patients,
            ClinicRepository clinics,
            HomeProgramRepository programs,
            PlanDocumentSources sources,
            PlanDocumentRenderer renderer,
            CurrentActor currentActor,
            AuditTrail audit) {
        return new PlanDocuments(patients, clinics, programs, sources, renderer, currentActor, audit);
    }

    @Bean
    RecordExports recordExports(
            PatientRepository patients,
            RecordSources sources,
            RecordBundleWriter bundles,
            CurrentActor currentActor,
            AuditTrail audit) {
        return new RecordExports(patients, sources, bundles, currentActor, audit);
    }

    @Bean
    RecordCopies recordCopies(
            PatientRepository patients,
            RecordSources sources,
            RecordBundleWriter bundles,
            RecordDocumentRenderer documents,
            CurrentActor currentActor,
            AuditTrail audit) {
        return new RecordCopies(patients, sources, bundles, documents, currentActor, audit);
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
