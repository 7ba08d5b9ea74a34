package app.floorplan.export.fhir;

import app.floorplan.core.export.Coding;
import app.floorplan.core.export.FloorPlanCode;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

/**
 * FloorPlan's own code system as a FHIR CodeSystem resource: what a receiving system (or a validator) loads to know
 * each local code and its meaning.
 */
public final class FloorPlanCodeSystem {

    private FloorPlanCodeSystem() {}

    public static CodeSystem resource() {
        var codeSystem = new CodeSystem();
        codeSystem.setId("floorplan");
        codeSystem.setUrl(Coding.FLOORPLAN);
        codeSystem.setName("FloorPlan");
        codeSystem.setTitle("FloorPlan codes for pelvic floor and postnatal physical therapy");
        codeSystem.setStatus(PublicationStatus.ACTIVE);
        codeSystem.setCaseSensitive(true);
        codeSystem.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        for (FloorPlanCode code : FloorPlanCode.values()) {
            codeSystem.addConcept().setCode(code.code()).setDisplay(code.display());
        }
        return codeSystem;
    }
}
