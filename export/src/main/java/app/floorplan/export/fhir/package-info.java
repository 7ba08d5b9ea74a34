/**
 * The patient's record as a FHIR R4 Bundle, built with HAPI FHIR's R4 structures: one small class per resource kind,
 * each turning a part of {@link app.floorplan.core.export.PatientRecord} into resources with stable ids.
 */
@NullMarked
package app.floorplan.export.fhir;

import org.jspecify.annotations.NullMarked;
