package app.floorplan.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.export.ExportWorld;
import app.floorplan.core.export.PaperSize;
import app.floorplan.core.export.PatientRecord;
import org.junit.jupiter.api.Test;

class OpenPdfRecordRendererTest {

    private final ExportWorld world = new ExportWorld();

    @Test
    void her_copy_holds_her_details_every_plan_version_her_measures_and_her_log_in_words() {
        PatientRecord record = world.record(world.patientWithFullRecord());

        PdfText pdf = PdfText.read(new OpenPdfRecordRenderer().render(record, PaperSize.US_LETTER));

        assertThat(pdf.all())
                .contains("Your record: Chloé Wiśniewska-Yılmaz")
                .contains("Date of birth: 4 March 1992")
                .contains("Version 2, prescribed on 14 November 2026")
                .contains("Version 1, prescribed on 1 November 2026")
                .contains("replaced on 14 November 2026")
                .contains("Earlier surgery: Appendectomy 2015")
                .contains("Inter-rectus distance at the umbilicus, at rest 28 mm (Ultrasound)")
                .contains("Red-flag screen: Severe pain at night")
                .contains("Cleared: no referral needed on 2026-11-02")
                .contains("2026-11-18 Done 2 of 10 3 of 10 Tired after a short night")
                .contains("Keep the exhale long <b>not</b> forced")
                .contains("Your questionnaires")
                .contains("22.5 of 100", "9 of 30", "3 of 30", "4 of 10")
                .doesNotContain("No questionnaires have been recorded for you.");
        assertThat(pdf.sizes()).allSatisfy(size -> assertThat(size).containsExactly(612f, 792f));
        assertThat(pdf.fonts()).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
    }
}
