package app.floorplan.ui.export;

import app.floorplan.core.export.PaperSize;

/** The paper size of the clinic's country, for documents patients print themselves ({@code FLOORPLAN_PAPER_SIZE}). */
public record ClinicPaper(PaperSize size) {}
