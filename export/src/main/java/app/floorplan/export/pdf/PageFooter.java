package app.floorplan.export.pdf;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/** The line at the foot of every page: whose document it is and the page number, for loose printed pages. */
final class PageFooter extends PdfPageEventHelper {

    private final String text;

    PageFooter(String text) {
        this.text = text;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        ColumnText.showTextAligned(
                writer.getDirectContent(),
                Element.ALIGN_CENTER,
                new Phrase(text + "  \u00b7  page " + writer.getPageNumber(), PdfFonts.SMALL),
                (document.left() + document.right()) / 2,
                document.bottom() - 20,
                0);
    }
}
