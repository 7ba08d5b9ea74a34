package app.floorplan.export.pdf;

import app.floorplan.core.export.PaperSize;
import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfWriter;

/** Opens a document on the chosen paper, lets the caller fill it and returns the PDF's bytes. */
final class Pages {

    private static final float MARGIN = 50;

    private Pages() {}

    static byte[] write(PaperSize paper, String title, String footer, Consumer<Document> content) {
        var out = new ByteArrayOutputStream();
        var document = new Document(size(paper), MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageFooter(footer));
            document.addTitle(title);
            document.addCreator("FloorPlan");
            document.open();
            content.accept(document);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF could not be laid out", e);
        }
        return out.toByteArray();
    }

    static Rectangle size(PaperSize paper) {
        return switch (paper) {
            case A4 -> PageSize.A4;
            case US_LETTER -> PageSize.LETTER;
        };
    }
}
