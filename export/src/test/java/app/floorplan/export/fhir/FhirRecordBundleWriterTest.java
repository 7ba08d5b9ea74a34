package app.floorplan.export.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.export.ExportWorld;
import app.floorplan.core.export.PatientRecord;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.RedFlagOutcome;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FhirRecordBundleWriterTest {

    private static FhirValidator validator;

    private final ExportWorld world = new ExportWorld();
    private final FhirRecordBundleWriter writer = new FhirRecordBundleWriter();

    @BeforeAll
    static void baseR4Validator() {
        var context = FhirRecordBundleWriter.context();
        // FloorPlan's own code system is loaded, so every local code is checked to exist with its display
        var floorPlanCodes = new PrePopulatedValidationSupport(context);
        floorPlanCodes.addCodeSystem(FloorPlanCodeSystem.resource());
        var support = new ValidationSupportChain(
                new DefaultProfileValidationSupport(context),
                floorPlanCodes,
                new CommonCodeSystemsTerminologyService(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new SnapshotGeneratingValidationSupport(context));
        validator = context.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(support));
    }

    @Test
    void the_whole_record_validates_against_the_base_r4_profiles_without_errors() {
        PatientRecord record = world.record(world.patientWithFullRecord());
        String json = new String(writer.write(record), StandardCharsets.UTF_8);

        ValidationResult result = validator.validateWithResult(json);

        List<SingleValidationMessage> errors = result.getMessages().stream()
                .filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .toList();
        result.getMessages()
                .forEach(message -> System.out.println(
                        message.getSeverity() + " " + message.getLocationString() + " " + message.getMessage()));
        assertThat(errors).as(errors.toString()).isEmpty();
        // the warnings left are documented in docs/fhir-export.md; none of them is about the bundle's structure
        assertThat(result.getMessages())
                .filteredOn(message -> message.getSeverity() == ResultSeverityEnum.WARNING)
                .extracting(SingleValidationMessage::getMessage)
                .allSatisfy(message -> assertThat(message)
                        .containsAnyOf(
                                "dom-6",
                                "http://loinc.org",
                                "markdown",
                                "annotations like",
                                "could not be resolved, so no validation can be performed against the base"
                                        + " questionnaire"));
    }

    @Test
    void the_bundle_holds_the_patient_her_plans_and_her_measures() {
        PatientRecord record = world.record(world.patientWithFullRecord());

        Bundle bundle = writer.bundle(record);

        Map<String, Long> kinds = bundle.getEntry().stream()
                .map(entry -> entry.getResource().fhirType())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(kinds)
                .containsEntry("Patient", 1L)
                .containsEntry("Organization", 1L)
                .containsEntry("Condition", 3L)
                .containsEntry("CarePlan", 2L)
                .containsEntry(
                        "QuestionnaireResponse", (long) record.questionnaires().size())
                .containsEntry("Observation", (long) record.measures().size());
        Patient patient = (Patient) resources(bundle, "Patient").getFirst();
        assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Wiśniewska-Yılmaz");
        assertThat(patient.getNameFirstRep().getGivenAsSingleString()).isEqualTo("Chloé");
        assertThat(resources(bundle, "Observation"))
                .map(resource ->
                        ((Observation) resource).getCode().getCodingFirstRep().getCode())
                .contains("72514-3", "11996-6", "11977-6", "ird-umbilicus-rest", "modified-oxford-grade");
    }

    @Test
    void every_questionnaire_is_a_response_item_by_item_with_its_scores_and_a_licensed_total_has_no_items() {
        Bundle bundle = writer.bundle(world.record(world.patientWithFullRecord()));

        Map<String, QuestionnaireResponse> byInstrument = resources(bundle, "QuestionnaireResponse").stream()
                .map(QuestionnaireResponse.class::cast)
                .collect(Collectors.toMap(
                        response -> response.getQuestionnaire()
                                + response.getExtensionByUrl(FhirUrls.QUESTIONNAIRE_ORIGIN)
                                        .getValue()
                                        .primitiveValue(),
                        Function.identity()));
        String base = "https://floorplan.app/fhir/Questionnaire/";
        assertThat(byInstrument)
                .containsOnlyKeys(
                        base + "pfdi-20filled in by the patient on her phone",
                        base + "psfsentered by the physiotherapist from the paper copy",
                        base + "odientered by the physiotherapist from the paper copy",
                        base + "epdsentered by the physiotherapist from the paper copy",
                        base + "epdsasked in the red-flag screen at the intake");

        var pfdi = byInstrument.get(base + "pfdi-20filled in by the patient on her phone");
        assertThat(pfdi.getStatus()).isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        assertThat(pfdi.getAuthor().getReference()).isEqualTo(pfdi.getSubject().getReference());
        assertThat(pfdi.getItem()).hasSize(20 + 4);
        assertThat(pfdi.getItem().getFirst().getLinkId()).isEqualTo("item-1");
        assertThat(pfdi.getItem().getFirst().hasText()).as("no wording").isFalse();
        assertThat(pfdi.getItem()
                        .getFirst()
                        .getAnswerFirstRep()
                        .getValueIntegerType()
                        .getValue())
                .isEqualTo(2);
        assertThat(pfdi.getItem().stream()
                        .skip(20)
                        .map(QuestionnaireResponse.QuestionnaireResponseItemComponent::getLinkId))
                .containsExactly("score-total", "score-popdi-6", "score-cradi-8", "score-udi-6");
        assertThat(pfdi.getItem()
                        .get(20)
                        .getAnswerFirstRep()
                        .getValueDecimalType()
                        .getValue())
                .isEqualByComparingTo("100");

        var odi = byInstrument.get(base + "odientered by the physiotherapist from the paper copy");
        assertThat(odi.getItem()).singleElement().satisfies(item -> {
            assertThat(item.getLinkId()).isEqualTo("score-total");
            assertThat(item.getAnswerFirstRep().getValueDecimalType().getValue())
                    .isEqualByComparingTo("22.5");
        });
        assertThat(odi.getAuthor().getReference()).isNotEqualTo(odi.getSubject().getReference());

        var psfs = byInstrument.get(base + "psfsentered by the physiotherapist from the paper copy");
        assertThat(psfs.getItemFirstRep().getText()).isEqualTo(ExportWorld.PSFS_ACTIVITY);

        var screened = byInstrument.get(base + "epdsasked in the red-flag screen at the intake");
        assertThat(screened.getAuthoredElement().getValueAsString()).isEqualTo("2026-11-01");
        assertThat(screened.getItem()).hasSize(10 + 1);
        assertThat(screened.getItem()
                        .getLast()
                        .getAnswerFirstRep()
                        .getValueDecimalType()
                        .getValue())
                .isEqualByComparingTo("3");
    }

    @Test
    void a_positive_red_flag_is_a_true_survey_observation_with_the_pts_clearance_as_its_note() {
        Bundle bundle = writer.bundle(world.record(world.patientWithFullRecord()));

        var screen = resources(bundle, "Observation").stream()
                .map(Observation.class::cast)
                .filter(observation ->
                        observation.getCode().getCodingFirstRep().getCode().startsWith("red-flag-"))
                .toList();

        assertThat(screen).hasSize(RedFlag.asked().size()).allSatisfy(observation -> assertThat(
                        observation.getCategoryFirstRep().getCodingFirstRep().getCode())
                .isEqualTo("survey"));
        var nightPain = screen.stream()
                .filter(observation ->
                        observation.getCode().getCodingFirstRep().getCode().equals("red-flag-severe-night-pain"))
                .findFirst()
                .orElseThrow();
        assertThat(nightPain.getValueBooleanType().booleanValue()).isTrue();
        assertThat(nightPain.getNoteFirstRep().getText())
                .isEqualTo(RedFlagOutcome.CLEARED.label() + " on 2026-11-02: " + ExportWorld.RED_FLAG_NOTE);
        assertThat(screen).filteredOn(observation -> observation != nightPain).allSatisfy(observation -> {
            assertThat(observation.getValueBooleanType().booleanValue()).isFalse();
            assertThat(observation.getNote()).isEmpty();
        });
    }

    @Test
    void the_current_plan_is_active_with_each_exercise_its_timing_and_its_dosage_numbers() {
        Bundle bundle = writer.bundle(world.record(world.patientWithFullRecord()));

        var plans =
                resources(bundle, "CarePlan").stream().map(CarePlan.class::cast).toList();
        CarePlan earlier = plans.get(0);
        CarePlan current = plans.get(1);
        assertThat(earlier.getStatus()).isEqualTo(CarePlan.CarePlanStatus.REVOKED);
        assertThat(current.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
        assertThat(current.getReplacesFirstRep().getReference())
                .isEqualTo("urn:uuid:" + earlier.getIdElement().getIdPart());
        var wallBug = current.getActivity().get(1).getDetail();
        assertThat(wallBug.getDescription()).contains("each side");
        assertThat(wallBug.getScheduledTiming().getRepeat().getFrequency()).isEqualTo(5);
        assertThat(wallBug.getScheduledTiming().getRepeat().getPeriodUnit().toCode())
                .isEqualTo("wk");
        assertThat(wallBug.getExtensionByUrl("https://floorplan.app/fhir/StructureDefinition/exercise-sets"))
                .isNotNull();
        assertThat(wallBug.getExtensionByUrl("https://floorplan.app/fhir/StructureDefinition/exercise-per-side"))
                .isNotNull();
        var breathing = current.getActivity().get(0);
        assertThat(breathing
                        .getDetail()
                        .getScheduledTiming()
                        .getRepeat()
                        .getDuration()
                        .intValue())
                .isEqualTo(5);
        assertThat(breathing.getProgressFirstRep().getText()).isEqualTo("Keep the exhale long <b>not</b> forced");
    }

    @Test
    void the_same_record_exported_twice_keeps_its_resource_ids() {
        var chloe = world.patientWithFullRecord();

        var first = writer.bundle(world.record(chloe));
        var second = writer.bundle(world.record(chloe));

        assertThat(first.getEntry())
                .extracting(Bundle.BundleEntryComponent::getFullUrl)
                .containsExactlyElementsOf(second.getEntry().stream()
                        .map(Bundle.BundleEntryComponent::getFullUrl)
                        .toList());
    }

    private static List<Resource> resources(Bundle bundle, String type) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(resource -> resource.fhirType().equals(type))
                .toList();
    }
}
