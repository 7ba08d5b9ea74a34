package app.floorplan.export.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF read back by an independent library (Apache PDFBox): its pages' text with line breaks folded to spaces (text
 * wraps differently on A4 and Letter), its fonts and its pages as pictures.
 */
record PdfText(List<String> pages, List<PDFont> fonts, List<BufferedImage> images, List<float[]> sizes) {

    static PdfText read(byte[] pdf) {
        return read(pdf, false);
    }

    static PdfText read(byte[] pdf, boolean render) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            var pages = new ArrayList<String>();
            var fonts = new ArrayList<PDFont>();
            var images = new ArrayList<BufferedImage>();
            var sizes = new ArrayList<float[]>();
            var renderer = new PDFRenderer(document);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(folded(stripper.getText(document)));
                PDPage pdPage = document.getPage(page - 1);
                for (var name : pdPage.getResources().getFontNames()) {
                    fonts.add(pdPage.getResources().getFont(name));
                }
                sizes.add(new float[] {
                    pdPage.getMediaBox().getWidth(), pdPage.getMediaBox().getHeight()
                });
                if (render) {
                    images.add(renderer.renderImage(page - 1, 0.5f));
                }
            }
            return new PdfText(pages, fonts, images, sizes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String all() {
        return String.join(" ", pages);
    }

    /** The 1-based page that holds the text, or 0. */
    int pageOf(String text) {
        String wanted = folded(text);
        for (int page = 0; page < pages.size(); page++) {
            if (pages.get(page).contains(wanted)) {
                return page + 1;
            }
        }
        return 0;
    }

    static String folded(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
