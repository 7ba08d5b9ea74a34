package app.floorplan.export.fhir;

import app.floorplan.core.export.ExportedMeasure;
import app.floorplan.core.export.MeasuredValue;
import app.floorplan.core.export.PatientRecord;
import java.util.List;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * Every exported measure as an Observation: the PT's findings at an assessment as "exam", what the patient told at
 * intake as "survey", her practice log as "activity" (the categories of FHIR's observation-category code system).
 */
final class ObservationResources {

    private static final String CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/observation-category";
    private static final String UCUM = "http://unitsofmeasure.org";

    private ObservationResources() {}

    static List<Observation> of(PatientRecord record, ResourceIds ids) {
        return record.measures().stream().map(measure -> of(measure, ids)).toList();
    }

    private static Observation of(ExportedMeasure measure, ResourceIds ids) {
        var observation = new Observation();
        observation.setId(ids.of(measure.key()));
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(category(measure.source()));
        observation.setCode(Codings.of(measure.code()));
        observation.setSubject(ResourceIds.reference(ids.patientId()));
        observation.addPerformer(performer(measure.source(), ids));
        observation.setEffective(new DateTimeType(measure.date().toString()));
        observation.setValue(value(measure.value()));
        measure.method().ifPresent(method -> observation.setMethod(new CodeableConcept().setText(method)));
        measure.notes().forEach(note -> observation.addNote(new Annotation().setText(note)));
        return observation;
    }

    /** The clinic measured what was found at an assessment; the patient reported the rest herself. */
    private static Reference performer(ExportedMeasure.MeasureSource source, ResourceIds ids) {
        return source == ExportedMeasure.MeasureSource.ASSESSMENT
                ? ResourceIds.reference(ids.of(OrganizationResource.KEY))
                : ResourceIds.reference(ids.patientId());
    }

    private static CodeableConcept category(ExportedMeasure.MeasureSource source) {
        return switch (source) {
            case ASSESSMENT -> Codings.of(CATEGORY_SYSTEM, "exam", "Exam");
            case INTAKE -> Codings.of(CATEGORY_SYSTEM, "survey", "Survey");
            case PRACTICE_LOG -> Codings.of(CATEGORY_SYSTEM, "activity", "Activity");
        };
    }

    private static Type value(MeasuredValue value) {
        return switch (value) {
            case MeasuredValue.Score score -> new IntegerType(score.value());
            case MeasuredValue.Amount amount ->
                new Quantity()
                        .setValue(amount.value())
                        .setUnit(amount.unit())
                        .setSystem(UCUM)
                        .setCode(amount.ucum());
            case MeasuredValue.YesNo yesNo -> new BooleanType(yesNo.value());
            case MeasuredValue.Words words -> new StringType(words.value());
            case MeasuredValue.Choice choice -> Codings.of(choice.value());
        };
    }
}
