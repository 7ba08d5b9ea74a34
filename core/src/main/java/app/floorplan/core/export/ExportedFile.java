package app.floorplan.core.export;

import java.util.Objects;

/**
 * A file to hand to the person who asked for it: its name (no health data and no name in it, since file names end up
 * in download folders and browser histories), its media type and its bytes.
 */
public record ExportedFile(String fileName, String mediaType, byte[] content) {

    public static final String PDF = "application/pdf";

    /** The media type FHIR defines for its JSON format. */
    public static final String FHIR_JSON = "application/fhir+json";

    public ExportedFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
    }
}
