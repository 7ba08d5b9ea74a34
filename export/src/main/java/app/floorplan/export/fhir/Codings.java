package app.floorplan.export.fhir;

import app.floorplan.core.export.Coding;
import org.hl7.fhir.r4.model.CodeableConcept;

/** Core's codes as FHIR CodeableConcepts. */
final class Codings {

    private Codings() {}

    static CodeableConcept of(Coding coding) {
        return new CodeableConcept()
                .addCoding(new org.hl7.fhir.r4.model.Coding(coding.system(), coding.code(), coding.display()))
                .setText(coding.display());
    }

    static CodeableConcept of(String system, String code, String display) {
        return new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding(system, code, display));
    }
}
