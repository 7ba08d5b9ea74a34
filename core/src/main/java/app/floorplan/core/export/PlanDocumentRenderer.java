package app.floorplan.core.export;

/** Port: lays out a home program handout as a PDF with embedded fonts, printing all free text literally. */
public interface PlanDocumentRenderer {

    byte[] render(PlanDocument document, PaperSize paper);
}
