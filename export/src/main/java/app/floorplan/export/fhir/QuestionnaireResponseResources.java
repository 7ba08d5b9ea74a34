package app.floorplan.export.fhir;

import app.floorplan.core.export.ExportedQuestionnaire;
import app.floorplan.core.export.PatientRecord;
import app.floorplan.core.questionnaire.Instrument;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * Every answered questionnaire as a QuestionnaireResponse: one item per stored answer ({@code item-<number>}, the
 * number on the instrument's paper copy; no question text, as FloorPlan ships no wording), then the scores FloorPlan
 * computed ({@code score-total}, {@code score-<subscale>}). An instrument kept as the PT's total only has just its
 * {@code score-total}. {@code questionnaire} names the instrument by a FloorPlan canonical URL per instrument
 * (docs/fhir-export.md); FloorPlan publishes no Questionnaire resource, as that would need the licensed wording.
 */
final class QuestionnaireResponseResources {

    private QuestionnaireResponseResources() {}

    static List<QuestionnaireResponse> of(PatientRecord record, ResourceIds ids) {
        return record.questionnaires().stream()
                .map(questionnaire -> of(questionnaire, ids))
                .toList();
    }

    /** E.g. "https://floorplan.app/fhir/Questionnaire/pfdi-20". */
    static String canonical(Instrument instrument) {
        return FhirUrls.QUESTIONNAIRE
                + instrument.label().toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private static QuestionnaireResponse of(ExportedQuestionnaire questionnaire, ResourceIds ids) {
        var response = new QuestionnaireResponse();
        response.setId(ids.of(questionnaire.key()));
        response.setQuestionnaire(canonical(questionnaire.instrument()));
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(ResourceIds.reference(ids.patientId()));
        response.setAuthoredElement(new DateTimeType(questionnaire.answeredOn().toString()));
        // she answered it in every case; who typed it into FloorPlan is the author
        response.setSource(ResourceIds.reference(ids.patientId()));
        response.setAuthor(
                questionnaire.origin().byPatient()
                        ? ResourceIds.reference(ids.patientId())
                        : ResourceIds.reference(ids.of(OrganizationResource.KEY)));
        response.addExtension(
                FhirUrls.QUESTIONNAIRE_ORIGIN,
                new StringType(questionnaire.origin().label()));
        response.addExtension(FhirUrls.QUESTIONNAIRE_VERSION, new IntegerType(questionnaire.version()));
        for (var answer : questionnaire.answers()) {
            var item = response.addItem().setLinkId("item-" + answer.item());
            answer.name().ifPresent(item::setText);
            item.addAnswer().setValue(value(answer.score()));
        }
        for (var score : questionnaire.scores()) {
            response.addItem()
                    .setLinkId("score-" + score.code())
                    .setText(score.label() + " score, computed by FloorPlan")
                    .addAnswer()
                    .setValue(new DecimalType(score.value()));
        }
        return response;
    }

    private static Type value(BigDecimal score) {
        return score.stripTrailingZeros().scale() <= 0
                ? new IntegerType(score.intValueExact())
                : new DecimalType(score);
    }
}
