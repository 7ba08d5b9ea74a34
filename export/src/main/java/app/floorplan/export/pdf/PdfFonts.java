package app.floorplan.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts of every FloorPlan PDF: Liberation Sans (SIL Open Font License 1.1, shipped in OpenPDF's fonts-extra jar),
 * embedded as a subset with Unicode encoding, so names such as Chloé, Wiśniewska or Yılmaz print on any machine. The
 * PDF standard fonts cover Latin-1 only. Loaded once; a BaseFont is shared by all documents.
 */
final class PdfFonts {

    private static final BaseFont REGULAR = load("/liberation/LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = load("/liberation/LiberationSans-Bold.ttf");

    static final Font TITLE = new Font(BOLD, 18);
    static final Font HEADING = new Font(BOLD, 13);
    static final Font SUBHEADING = new Font(BOLD, 11);
    static final Font BODY = new Font(REGULAR, 10);
    static final Font BODY_BOLD = new Font(BOLD, 10);
    static final Font SMALL = new Font(REGULAR, 8);

    private PdfFonts() {}

    private static BaseFont load(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font not on the class path: " + resource);
            }
            return BaseFont.createFont(
                    resource.substring(resource.lastIndexOf('/') + 1),
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED,
                    true,
                    in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
