package app.floorplan.export.fhir;

import app.floorplan.core.export.PatientRecord;
import org.hl7.fhir.r4.model.Organization;

/** The clinic that keeps the record, as the patient's managing organization. */
final class OrganizationResource {

    static final String KEY = "clinic";

    private OrganizationResource() {}

    static Organization of(PatientRecord record, ResourceIds ids) {
        var organization = new Organization();
        organization.setId(ids.of(KEY));
        organization.setActive(true);
        organization.setName(record.clinicName());
        return organization;
    }
}
