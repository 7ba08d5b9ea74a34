package app.floorplan.export.pdf;

import app.floorplan.core.exercise.WatchFor;
import app.floorplan.core.export.PaperSize;
import app.floorplan.core.export.PlanDocument;
import app.floorplan.core.export.PlanDocumentRenderer;
import app.floorplan.core.export.PlanItem;
import app.floorplan.core.export.TickSheet;
import app.floorplan.core.safety.GetHelpNow;
import app.floorplan.core.safety.WarningSign;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The home program handout with OpenPDF: who and which version, the phase and what it means, her goals, each exercise
 * as one framed block that a page break never splits (steps, cues, what to watch for, how much, her PT's note),
 * daily-life advice, "When to get help now", and a tick-sheet for four weeks.
 */
public final class OpenPdfPlanRenderer implements PlanDocumentRenderer {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @Override
    public byte[] render(PlanDocument plan, PaperSize paper) {
        return Pages.write(
                paper, "Home program", plan.patientName() + "  \u00b7  home program version " + plan.version(), pdf -> {
                    header(pdf, plan);
                    phaseAndGoals(pdf, plan);
                    exercises(pdf, plan);
                    advice(pdf, plan);
                    pdf.add(getHelpNow(plan.getHelpNow()));
                    pdf.newPage();
                    tickSheet(pdf, plan.tickSheet(), plan.patientName());
                });
    }

    private static void header(Document pdf, PlanDocument plan) {
        pdf.add(Blocks.text(plan.clinicName(), PdfFonts.SUBHEADING));
        pdf.add(Blocks.text("Home program for " + plan.patientName(), PdfFonts.TITLE));
        String status = plan.current()
                ? "current plan"
                : plan.replacedOn()
                        .map(day -> "replaced on " + DATE.format(day))
                        .orElse("replaced");
        pdf.add(Blocks.text(
                "Version " + plan.version() + " (" + status + "), prescribed on " + DATE.format(plan.prescribedOn())
                        + " by " + plan.prescribedBy(),
                PdfFonts.BODY));
        plan.reasonForPatient().ifPresent(reason -> pdf.add(Blocks.labelled("What changed", reason)));
    }

    private static void phaseAndGoals(Document pdf, PlanDocument plan) {
        var phase = plan.phase();
        pdf.add(Blocks.heading("Phase " + phase.number() + ": " + phase.label()));
        pdf.add(Blocks.text(phase.patientExplanation(), PdfFonts.BODY));
        if (!plan.goals().isEmpty()) {
            pdf.add(Blocks.heading("Your goals"));
            pdf.add(Blocks.list(plan.goals(), false));
        }
    }

    private static void exercises(Document pdf, PlanDocument plan) {
        pdf.add(Blocks.heading("Your exercises"));
        plan.items().forEach(item -> pdf.add(exercise(item)));
    }

    /** One exercise: a block that moves whole to the next page rather than being split. */
    static PdfPTable exercise(PlanItem item) {
        var shown = item.shown();
        List<Element> content = new ArrayList<>();
        content.add(Blocks.text(shown.number() + ". " + shown.name(), PdfFonts.SUBHEADING));
        content.add(Blocks.labelled("How much", shown.dosage()));
        content.add(Blocks.text(shown.purpose(), PdfFonts.BODY));
        shown.setUp().ifPresent(setUp -> content.add(Blocks.labelled("Starting position", setUp)));
        content.add(Blocks.text("Steps", PdfFonts.BODY_BOLD));
        content.add(Blocks.list(shown.steps(), true));
        if (!shown.cues().isEmpty()) {
            content.add(Blocks.text("Keep in mind", PdfFonts.BODY_BOLD));
            content.add(Blocks.list(shown.cues(), false));
        }
        if (!shown.watchFors().isEmpty() || shown.watchForNote().isPresent()) {
            content.add(Blocks.text("Stop or make it easier if you notice", PdfFonts.BODY_BOLD));
            var signs = new ArrayList<String>(shown.watchFors().stream()
                    .map(OpenPdfPlanRenderer::watchFor)
                    .toList());
            shown.watchForNote().ifPresent(signs::add);
            content.add(Blocks.list(signs, false));
        }
        shown.ptNote().ifPresent(note -> content.add(Blocks.labelled("From your physiotherapist", note)));
        return Blocks.keptTogether(content);
    }

    private static String watchFor(WatchFor sign) {
        return sign.label() + ": " + sign.whatItIs() + " " + sign.whatToDo();
    }

    private static void advice(Document pdf, PlanDocument plan) {
        if (plan.advice().isEmpty() && plan.otherAdvice().isEmpty()) {
            return;
        }
        pdf.add(Blocks.heading("In daily life"));
        plan.advice().forEach(advice -> {
            pdf.add(Blocks.keptTogether(
                    List.of(Blocks.text(advice.title(), PdfFonts.BODY_BOLD), Blocks.text(advice.text(), PdfFonts.BODY)),
                    false));
        });
        plan.otherAdvice().ifPresent(other -> pdf.add(Blocks.text(other, PdfFonts.BODY)));
    }

    /** The help card, framed and kept on one page. */
    static PdfPTable getHelpNow(GetHelpNow help) {
        List<Element> content = new ArrayList<>();
        content.add(Blocks.text(GetHelpNow.TITLE, PdfFonts.HEADING));
        content.add(Blocks.text(help.emergencyHeading(), PdfFonts.BODY_BOLD));
        content.add(Blocks.list(signs(help.emergencySigns()), false));
        content.add(Blocks.text(help.callNowHeading(), PdfFonts.BODY_BOLD));
        content.add(Blocks.list(signs(help.callNowSigns()), false));
        content.add(Blocks.text(help.footer(), PdfFonts.BODY));
        var card = Blocks.keptTogether(content);
        card.getRow(0).getCells()[0].setBorderWidth(2);
        return card;
    }

    private static List<String> signs(List<WarningSign> signs) {
        return signs.stream().map(sign -> sign.title() + ": " + sign.signs()).toList();
    }

    private static void tickSheet(Document pdf, TickSheet sheet, String patientName) {
        pdf.add(Blocks.text("Practice tick-sheet for " + patientName, PdfFonts.TITLE));
        pdf.add(Blocks.text(
                "Tick a box each day you did the exercise. Bring this sheet to your next appointment.", PdfFonts.BODY));
        for (int week = 1; week <= TickSheet.WEEKS; week++) {
            pdf.add(week(sheet, week));
        }
    }

    private static PdfPTable week(TickSheet sheet, int week) {
        var days = sheet.days();
        var widths = new float[days.size() + 1];
        widths[0] = 5;
        for (int day = 1; day < widths.length; day++) {
            widths[day] = 1;
        }
        var table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        table.setKeepTogether(true);
        table.addCell(Blocks.cell("Week " + week + ", starting on ____________", PdfFonts.BODY_BOLD));
        days.forEach(day -> {
            PdfPCell cell = Blocks.cell(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH), PdfFonts.BODY_BOLD);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(cell);
        });
        for (String row : sheet.rows()) {
            table.addCell(Blocks.cell(row, PdfFonts.BODY));
            days.forEach(day -> {
                PdfPCell box = Blocks.cell(" ", PdfFonts.BODY);
                box.setMinimumHeight(18);
                table.addCell(box);
            });
        }
        return table;
    }
}
