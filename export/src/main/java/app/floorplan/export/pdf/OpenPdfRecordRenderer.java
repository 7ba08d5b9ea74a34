package app.floorplan.export.pdf;

import app.floorplan.core.export.ExportedCondition;
import app.floorplan.core.export.ExportedMeasure;
import app.floorplan.core.export.ExportedQuestionnaire;
import app.floorplan.core.export.PaperSize;
import app.floorplan.core.export.PatientRecord;
import app.floorplan.core.export.PlanDocument;
import app.floorplan.core.export.RecordDocumentRenderer;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.SymptomFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The patient's copy of her record as a PDF she can read: her details, every version of her home program (newest
 * first, each exercise with its dosage and her PT's note), her history and the measures from her visits, her practice
 * log, and her questionnaires. The same data as the FHIR file, in words.
 */
public final class OpenPdfRecordRenderer implements RecordDocumentRenderer {

    @Override
    public byte[] render(PatientRecord record, PaperSize paper) {
        return Pages.write(paper, "Your record", record.patientName() + "  \u00b7  record copy", pdf -> {
            pdf.add(Blocks.text(record.clinicName(), PdfFonts.SUBHEADING));
            pdf.add(Blocks.text("Your record: " + record.patientName(), PdfFonts.TITLE));
            pdf.add(Blocks.text(
                    "A copy of everything FloorPlan keeps about you at " + record.clinicName() + ", made on "
                            + OpenPdfPlanRenderer.DATE.format(record.producedOn())
                            + ". The same data is in the FHIR file you can download next to this one, for another"
                            + " health service to read.",
                    PdfFonts.BODY));
            details(pdf, record);
            plans(pdf, record.plans());
            history(pdf, record.conditions());
            measures(pdf, record.measures());
            log(pdf, record.log());
            questionnaires(pdf, record.questionnaires());
        });
    }

    private static void details(Document pdf, PatientRecord record) {
        var details = record.details();
        pdf.add(Blocks.heading("Your details"));
        pdf.add(Blocks.labelled("Name", record.patientName()));
        pdf.add(Blocks.labelled("Date of birth", OpenPdfPlanRenderer.DATE.format(details.dateOfBirth())));
        details.phone().ifPresent(phone -> pdf.add(Blocks.labelled("Phone", phone)));
        details.email().ifPresent(email -> pdf.add(Blocks.labelled("E-mail", email)));
        if (!details.preferredLanguage().isBlank()) {
            pdf.add(Blocks.labelled("Preferred language", details.preferredLanguage()));
        }
    }

    private static void plans(Document pdf, List<PlanDocument> plans) {
        pdf.add(Blocks.heading("Your home programs"));
        if (plans.isEmpty()) {
            pdf.add(Blocks.text("No home program has been prescribed for you.", PdfFonts.BODY));
            return;
        }
        for (PlanDocument plan : plans.reversed()) {
            String status = plan.current()
                    ? "your current plan"
                    : plan.replacedOn()
                            .map(day -> "replaced on " + OpenPdfPlanRenderer.DATE.format(day))
                            .orElse("replaced");
            pdf.add(Blocks.text(
                    "Version " + plan.version() + ", prescribed on "
                            + OpenPdfPlanRenderer.DATE.format(plan.prescribedOn()) + " by " + plan.prescribedBy()
                            + " (" + status + ")",
                    PdfFonts.SUBHEADING));
            pdf.add(Blocks.labelled(
                    "Phase", plan.phase().number() + ", " + plan.phase().label()));
            if (!plan.goals().isEmpty()) {
                pdf.add(Blocks.labelled("Goals", String.join("; ", plan.goals())));
            }
            plan.reasonForPatient().ifPresent(reason -> pdf.add(Blocks.labelled("What changed", reason)));
            var table = table(new float[] {3, 4, 3}, "Exercise", "How much", "From your physiotherapist");
            plan.items().forEach(item -> {
                table.addCell(
                        Blocks.cell(item.shown().number() + ". " + item.shown().name(), PdfFonts.BODY));
                table.addCell(Blocks.cell(item.shown().dosage(), PdfFonts.BODY));
                table.addCell(Blocks.cell(item.shown().ptNote().orElse(""), PdfFonts.BODY));
            });
            pdf.add(table);
            plan.advice().forEach(advice -> pdf.add(Blocks.labelled("Advice", advice.title())));
            plan.otherAdvice().ifPresent(other -> pdf.add(Blocks.labelled("Other advice", other)));
        }
    }

    private static void history(Document pdf, List<ExportedCondition> conditions) {
        pdf.add(Blocks.heading("Your history, as recorded at your first visit"));
        if (conditions.isEmpty()) {
            pdf.add(Blocks.text("Nothing recorded.", PdfFonts.BODY));
            return;
        }
        pdf.add(Blocks.list(conditions.stream().map(ExportedCondition::text).toList(), false));
    }

    private static void measures(Document pdf, List<ExportedMeasure> measures) {
        var recorded = measures.stream()
                .filter(measure -> measure.source() != ExportedMeasure.MeasureSource.PRACTICE_LOG)
                .toList();
        pdf.add(Blocks.heading("Measures from your visits"));
        if (recorded.isEmpty()) {
            pdf.add(Blocks.text("Nothing recorded.", PdfFonts.BODY));
            return;
        }
        var table = table(new float[] {2, 6, 3}, "Date", "What", "Result");
        for (ExportedMeasure measure : recorded) {
            table.addCell(Blocks.cell(measure.date().toString(), PdfFonts.BODY));
            table.addCell(Blocks.cell(measure.code().display(), PdfFonts.BODY));
            var result = new StringBuilder(measure.value().text());
            measure.method()
                    .ifPresent(method -> result.append(" (").append(method).append(')'));
            measure.notes().forEach(note -> result.append(". ").append(note));
            table.addCell(Blocks.cell(result.toString(), PdfFonts.BODY));
        }
        pdf.add(table);
    }

    private static void questionnaires(Document pdf, List<ExportedQuestionnaire> questionnaires) {
        pdf.add(Blocks.heading("Your questionnaires"));
        if (questionnaires.isEmpty()) {
            pdf.add(Blocks.text("No questionnaires have been recorded for you.", PdfFonts.BODY));
            return;
        }
        var table = table(new float[] {2, 5, 4}, "Date", "Questionnaire", "Score");
        for (ExportedQuestionnaire questionnaire : questionnaires) {
            table.addCell(Blocks.cell(questionnaire.answeredOn().toString(), PdfFonts.BODY));
            table.addCell(Blocks.cell(
                    questionnaire.instrument().label() + " ("
                            + questionnaire.instrument().fullName() + "), "
                            + questionnaire.origin().label(),
                    PdfFonts.BODY));
            table.addCell(Blocks.cell(questionnaire.result(), PdfFonts.BODY));
        }
        pdf.add(table);
        pdf.add(Blocks.text(
                "Scores only: the questions' wording belongs to their publishers, so FloorPlan does not print it. Your"
                        + " answers, item by item, are in the FHIR file.",
                PdfFonts.BODY));
    }

    private static void log(Document pdf, List<PracticeDay> days) {
        pdf.add(Blocks.heading("Your practice log"));
        if (days.isEmpty()) {
            pdf.add(Blocks.text("Nothing logged.", PdfFonts.BODY));
            return;
        }
        var table = table(new float[] {2, 2, 1.2f, 1.2f, 5}, "Date", "Session", "Pain", "Effort", "Symptoms");
        for (PracticeDay day : days) {
            table.addCell(Blocks.cell(day.date().toString(), PdfFonts.BODY));
            table.addCell(Blocks.cell(words(day.session().name()), PdfFonts.BODY));
            table.addCell(Blocks.cell(rating(day.pain()), PdfFonts.BODY));
            table.addCell(Blocks.cell(rating(day.effort()), PdfFonts.BODY));
            table.addCell(Blocks.cell(symptoms(day), PdfFonts.BODY));
        }
        pdf.add(table);
    }

    private static String symptoms(PracticeDay day) {
        var words = new ArrayList<String>();
        for (SymptomFlag flag : day.symptoms().flags()) {
            words.add(flag == SymptomFlag.OTHER ? day.symptoms().otherText().orElse("other") : words(flag.name()));
        }
        return String.join(", ", words);
    }

    private static String rating(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() + " of 10" : "";
    }

    private static String words(String constant) {
        String words = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static PdfPTable table(float[] widths, String... headers) {
        var table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        for (String header : headers) {
            table.addCell(Blocks.cell(header, PdfFonts.BODY_BOLD));
        }
        return table;
    }
}
