package app.floorplan.export.fhir;

import app.floorplan.core.export.PatientRecord;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Patient.PatientCommunicationComponent;

/**
 * The patient: FloorPlan's record id, name, date of birth, phone, e-mail and preferred language (as she gave it, in
 * words). FloorPlan's patients are women treated for pregnancy and birth, so the administrative gender is female.
 */
final class PatientResource {

    private PatientResource() {}

    static Patient of(PatientRecord record, ResourceIds ids, String organizationId) {
        var details = record.details();
        var patient = new Patient();
        patient.setId(ids.patientId());
        patient.addIdentifier().setSystem(FhirUrls.PATIENT_ID).setValue(ids.patientId());
        patient.addName(new HumanName()
                .setUse(HumanName.NameUse.OFFICIAL)
                .setFamily(details.familyName())
                .addGiven(details.givenName())
                .setText(details.givenName() + " " + details.familyName()));
        patient.setGender(AdministrativeGender.FEMALE);
        patient.setBirthDateElement(new DateType(details.dateOfBirth().toString()));
        details.phone().ifPresent(phone -> patient.addTelecom()
                .setSystem(ContactPoint.ContactPointSystem.PHONE)
                .setValue(phone));
        details.email().ifPresent(email -> patient.addTelecom()
                .setSystem(ContactPoint.ContactPointSystem.EMAIL)
                .setValue(email));
        if (!details.preferredLanguage().isBlank()) {
            patient.addCommunication(new PatientCommunicationComponent()
                    .setLanguage(new CodeableConcept().setText(details.preferredLanguage()))
                    .setPreferred(true));
        }
        patient.setManagingOrganization(ResourceIds.reference(organizationId));
        return patient;
    }
}
