package app.floorplan.core.export;

/** Port: writes a patient's record as a FHIR R4 Bundle in JSON. */
public interface RecordBundleWriter {

    byte[] write(PatientRecord record);
}
