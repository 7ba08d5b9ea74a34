package app.floorplan.core.export;

/** Port: lays out a patient's whole record as a readable PDF (her copy), printing all free text literally. */
public interface RecordDocumentRenderer {

    byte[] render(PatientRecord record, PaperSize paper);
}
