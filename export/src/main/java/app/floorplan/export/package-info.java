/**
 * Adapters of core's document ports to libraries: {@code pdf} lays out handouts and the patient's record copy with
 * OpenPDF, {@code fhir} writes the record as a FHIR R4 bundle with HAPI FHIR. Nothing here decides what is exported:
 * core does.
 */
@NullMarked
package app.floorplan.export;

import org.jspecify.annotations.NullMarked;
