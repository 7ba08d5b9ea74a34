package app.floorplan.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.export.ExportWorld;
import app.floorplan.core.export.PaperSize;
import app.floorplan.core.export.PlanDocument;
import app.floorplan.core.export.PlanItem;
import app.floorplan.core.export.TickSheet;
import app.floorplan.core.safety.WarningSign;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class OpenPdfPlanRendererTest {

    private static final String PAYLOAD = "<script>alert('x')</script><b>bold?</b> &amp; <img src=x onerror=alert(1)>";

    private final ExportWorld world = new ExportWorld();
    private final OpenPdfPlanRenderer renderer = new OpenPdfPlanRenderer();

    @Test
    void the_pdf_parses_and_holds_her_name_every_exercise_and_every_dosage_text() {
        PlanDocument plan = world.currentPlan(world.patientWithFullRecord());

        PdfText pdf = PdfText.read(renderer.render(plan, PaperSize.A4));

        assertThat(pdf.all())
                .contains("Chloé Wiśniewska-Yılmaz")
                .contains(ExportWorld.CLINIC_NAME)
                .contains("Version 2 (current plan)")
                .contains("Phase 2: Stability")
                .contains("Lift the car seat without pain")
                .contains("What changed: Doming gone at re-assessment");
        for (PlanItem item : plan.items()) {
            assertThat(pdf.all())
                    .contains(item.shown().number() + ". " + item.shown().name());
            assertThat(pdf.all()).contains(PdfText.folded(item.shown().dosage()));
            item.shown().steps().forEach(step -> assertThat(pdf.all()).contains(PdfText.folded(step)));
        }
        plan.advice().forEach(advice -> assertThat(pdf.all()).contains(advice.title()));
    }

    @Test
    void markup_typed_into_a_note_prints_literally() {
        PlanDocument plan = world.currentPlan(world.patientWithLargestProgram(PAYLOAD));

        PdfText pdf = PdfText.read(renderer.render(plan, PaperSize.A4));

        assertThat(pdf.all()).contains("From your physiotherapist: " + PAYLOAD + " (1)");
        PdfText full = PdfText.read(renderer.render(world.currentPlan(world.patientWithFullRecord()), PaperSize.A4));
        assertThat(full.all())
                .contains("Keep the exhale long <b>not</b> forced")
                .contains("Ask for help with the shopping <script>alert(1)</script>");
    }

    @Test
    void the_fonts_are_embedded_so_accented_names_print_anywhere() {
        PdfText pdf = PdfText.read(renderer.render(world.currentPlan(world.patientWithFullRecord()), PaperSize.A4));
        PdfText largest = PdfText.read(
                renderer.render(world.currentPlan(world.patientWithLargestProgram("Ça va")), PaperSize.US_LETTER));

        for (PdfText document : java.util.List.of(pdf, largest)) {
            assertThat(document.fonts()).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSans");
            });
        }
        assertThat(pdf.fonts()).extracting(PDFont::getName).noneMatch(name -> name.contains("Helvetica"));
        assertThat(pdf.pages().getFirst()).contains("Chloé", "Wiśniewska", "Yılmaz");
    }

    @Test
    void it_lays_out_on_a4_and_on_us_letter() {
        PlanDocument plan = world.currentPlan(world.patientWithFullRecord());

        PdfText a4 = PdfText.read(renderer.render(plan, PaperSize.A4));
        PdfText letter = PdfText.read(renderer.render(plan, PaperSize.US_LETTER));

        assertThat(a4.sizes()).allSatisfy(size -> assertThat(size).containsExactly(595f, 842f));
        assertThat(letter.sizes()).allSatisfy(size -> assertThat(size).containsExactly(612f, 792f));
        assertThat(letter.all())
                .contains(PdfText.folded(plan.items().getLast().shown().dosage()));
    }

    @Test
    void a_page_break_never_splits_an_exercise_on_either_paper() {
        PlanDocument plan = world.currentPlan(world.patientWithLargestProgram("Keep breathing"));
        assertThat(plan.items()).hasSize(40);

        for (PaperSize paper : PaperSize.values()) {
            PdfText pdf = PdfText.read(renderer.render(plan, paper));
            assertThat(pdf.pages().size()).isGreaterThan(10);
            for (PlanItem item : plan.items()) {
                int number = item.shown().number();
                int first = pdf.pageOf(number + ". " + item.shown().name() + " How much:");
                int last = pdf.pageOf("From your physiotherapist: Keep breathing (" + number + ")");
                assertThat(first)
                        .as(paper + " exercise " + number + " starts on a page")
                        .isPositive();
                assertThat(last)
                        .as(paper + " exercise " + number + " ends where it starts")
                        .isEqualTo(first);
            }
        }
    }

    @Test
    void it_ends_with_when_to_get_help_now_and_a_four_week_tick_sheet() {
        PlanDocument plan = world.currentPlan(world.patientWithFullRecord());

        PdfText pdf = PdfText.read(renderer.render(plan, PaperSize.A4));

        int help = pdf.pageOf("When to get help now");
        assertThat(help).isPositive();
        assertThat(pdf.pages().get(help - 1))
                .contains("Call 112 now if you notice:")
                .contains(WarningSign.HEAVY_BLEEDING.title());
        String sheet = pdf.pages().getLast();
        assertThat(sheet).contains("Practice tick-sheet for Chloé Wiśniewska-Yılmaz");
        for (int week = 1; week <= TickSheet.WEEKS; week++) {
            assertThat(sheet).contains("Week " + week + ", starting on");
        }
        assertThat(sheet).contains("Mon Tue Wed Thu Fri Sat Sun");
        plan.tickSheet().rows().forEach(row -> assertThat(sheet).contains(row));
    }

    @Test
    void every_page_is_black_and_white_so_it_reads_the_same_on_any_printer() {
        PdfText pdf =
                PdfText.read(renderer.render(world.currentPlan(world.patientWithFullRecord()), PaperSize.A4), true);

        for (BufferedImage page : pdf.images()) {
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    int rgb = page.getRGB(x, y);
                    int red = (rgb >> 16) & 0xff;
                    int green = (rgb >> 8) & 0xff;
                    int blue = rgb & 0xff;
                    assertThat(red == green && green == blue)
                            .as("grey at " + x + "," + y)
                            .isTrue();
                }
            }
        }
    }
}
