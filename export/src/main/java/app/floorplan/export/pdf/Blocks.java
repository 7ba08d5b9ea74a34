package app.floorplan.export.pdf;

import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.ListItem;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The building blocks of FloorPlan's PDFs. Every piece of text goes in as a Chunk of text, so whatever a person typed
 * (tags, entities, script) prints exactly as typed. Black text and rules only: nothing depends on colour.
 */
final class Blocks {

    private static final float RULE = 0.75f;
    private static final float PADDING = 8;

    private Blocks() {}

    static Paragraph text(String text, Font font) {
        var paragraph = new Paragraph(new Chunk(text, font));
        paragraph.setFont(font);
        paragraph.setLeading(font.getSize() * 1.3f);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    static Paragraph heading(String text) {
        var paragraph = text(text, PdfFonts.HEADING);
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(6);
        paragraph.setKeepTogether(true);
        return paragraph;
    }

    /** "How much: 2 sets of 5 reps." with the label in bold. */
    static Paragraph labelled(String label, String text) {
        var phrase = new Phrase();
        phrase.setFont(PdfFonts.BODY);
        phrase.add(new Chunk(label + ": ", PdfFonts.BODY_BOLD));
        phrase.add(new Chunk(text, PdfFonts.BODY));
        var paragraph = new Paragraph(phrase);
        paragraph.setLeading(PdfFonts.BODY.getSize() * 1.3f);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    /** Items with a hanging marker ("1." or a dash), so wrapped lines align under the text. */
    static org.openpdf.text.List list(List<String> items, boolean numbered) {
        var list = new org.openpdf.text.List(numbered, 14);
        // the marker's font is the symbol's: without it the numbers would be set in non-embedded Helvetica
        list.setListSymbol(new Chunk(numbered ? "" : "\u2013", PdfFonts.BODY));
        for (String text : items) {
            var item = new ListItem(new Chunk(text, PdfFonts.BODY));
            item.setLeading(PdfFonts.BODY.getSize() * 1.3f);
            list.add(item);
        }
        return list;
    }

    /**
     * A framed block that is never split by a page break (it moves whole to the next page), e.g. one exercise or the
     * help card. A block taller than a page is the one exception: it is split rather than lost.
     */
    static PdfPTable keptTogether(List<Element> content) {
        return keptTogether(content, true);
    }

    /** A block kept on one page, framed or not. */
    static PdfPTable keptTogether(List<Element> content, boolean framed) {
        var table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.setSpacingAfter(10);
        var cell = new PdfPCell();
        cell.setBorder(framed ? Rectangle.BOX : Rectangle.NO_BORDER);
        cell.setBorderWidth(RULE);
        cell.setPadding(framed ? PADDING : 0);
        content.forEach(cell::addElement);
        table.addCell(cell);
        return table;
    }

    /** A table cell with text and a thin rule, as in the tick-sheet and the record's tables. */
    static PdfPCell cell(String text, Font font) {
        var cell = new PdfPCell(new Phrase(new Chunk(text, font)));
        cell.setBorderWidth(0.5f);
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }
}
