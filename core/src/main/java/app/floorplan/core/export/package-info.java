/**
 * The patient's data leaving FloorPlan: the home program on paper (PDF), the record for another system (a FHIR R4
 * bundle) and the patient's own copy of her record (right of access). Core decides what goes into each document and
 * which measures are exported with which code; the libraries that write PDF and FHIR sit behind the ports
 * {@link app.floorplan.core.export.PlanDocumentRenderer}, {@link app.floorplan.core.export.RecordDocumentRenderer}
 * and {@link app.floorplan.core.export.RecordBundleWriter}.
 */
@NullMarked
package app.floorplan.core.export;

import org.jspecify.annotations.NullMarked;
