package app.floorplan.export.fhir;

import app.floorplan.core.export.PatientRecord;
import app.floorplan.core.export.RecordBundleWriter;
import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * Writes a patient's record as a FHIR R4 Bundle of type "collection" (a set of resources kept together, as an export
 * is; not a server's search result) with HAPI FHIR. The bundle holds the Patient, the clinic as Organization, her
 * history as Conditions, every measure as an Observation, every questionnaire as a QuestionnaireResponse and each
 * program version as a CarePlan with Goals.
 */
public final class FhirRecordBundleWriter implements RecordBundleWriter {

    /** Building a FHIR context scans the R4 model once (about a second); it is thread-safe and shared after that. */
    private static final FhirContext R4 = FhirContext.forR4();

    /** The FHIR version and its context, e.g. for a validator in the tests. */
    public static FhirContext context() {
        return R4;
    }

    @Override
    public byte[] write(PatientRecord record) {
        return R4.newJsonParser()
                .setPrettyPrint(true)
                .encodeResourceToString(bundle(record))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The bundle itself, before it is written out. */
    public Bundle bundle(PatientRecord record) {
        var ids = new ResourceIds(record.patientId());
        var organization = OrganizationResource.of(record, ids);
        List<Resource> resources = new ArrayList<>();
        resources.add(
                PatientResource.of(record, ids, organization.getIdElement().getIdPart()));
        resources.add(organization);
        resources.addAll(ConditionResources.of(record, ids));
        resources.addAll(ObservationResources.of(record, ids));
        resources.addAll(QuestionnaireResponseResources.of(record, ids));
        resources.addAll(CarePlanResources.of(record, ids));
        var bundle = new Bundle();
        bundle.setId(ids.of("export/" + record.producedAt()));
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setTimestamp(Date.from(record.producedAt()));
        for (Resource resource : resources) {
            bundle.addEntry()
                    .setFullUrl(ResourceIds.fullUrl(resource.getIdElement().getIdPart()))
                    .setResource(resource);
        }
        return bundle;
    }
}
