package app.floorplan.core.export;

import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.export.ExportedQuestionnaire.Answer;
import app.floorplan.core.export.ExportedQuestionnaire.Origin;
import app.floorplan.core.export.ExportedQuestionnaire.Score;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.RedFlagScreen;
import app.floorplan.core.mood.EpdsAnswers;
import app.floorplan.core.questionnaire.EntryMode;
import app.floorplan.core.questionnaire.Instrument;
import app.floorplan.core.questionnaire.QuestionnaireAnswers;
import app.floorplan.core.questionnaire.QuestionnaireResponse;
import app.floorplan.core.questionnaire.QuestionnaireScore;
import app.floorplan.core.questionnaire.ResponseSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which questionnaires leave FloorPlan: the current version of every response (any instrument, item by item where
 * FloorPlan stores items, the entered total where it stores only that), and the EPDS the red-flag screen asked at the
 * intake and at visits. Each with the scores FloorPlan computes, so a receiving system needs no scoring of its own.
 */
final class RecordQuestionnaires {

    private final ZoneId zone;

    RecordQuestionnaires(ZoneId zone) {
        this.zone = zone;
    }

    /** Oldest first. */
    List<ExportedQuestionnaire> of(
            List<QuestionnaireResponse> responses, Optional<Intake> intake, List<Assessment> assessments) {
        var found = new ArrayList<ExportedQuestionnaire>();
        responses.stream().map(this::response).forEach(found::add);
        intake.ifPresent(current -> screened(
                        "intake/" + current.id() + "/epds",
                        current.redFlags(),
                        LocalDate.ofInstant(current.revision().recordedAt(), zone),
                        Origin.RED_FLAG_SCREEN_AT_INTAKE)
                .ifPresent(found::add));
        for (Assessment assessment : assessments) {
            assessment
                    .redFlags()
                    .flatMap(screen -> screened(
                            "assessment/" + assessment.id() + "/epds",
                            screen,
                            assessment.date(),
                            Origin.RED_FLAG_SCREEN_AT_VISIT))
                    .ifPresent(found::add);
        }
        found.sort(Comparator.comparing(ExportedQuestionnaire::answeredOn));
        return found;
    }

    private ExportedQuestionnaire response(QuestionnaireResponse response) {
        QuestionnaireAnswers answers = response.answers();
        List<Answer> items = response.instrument().entryMode() == EntryMode.TOTAL_BY_PT
                ? List.of()
                : answers.scores().entrySet().stream()
                        .map(entry -> new Answer(entry.getKey(), entry.getValue(), answers.name(entry.getKey())))
                        .toList();
        return new ExportedQuestionnaire(
                "questionnaire/" + response.id().value(),
                response.instrument(),
                response.answeredOn(),
                response.source() == ResponseSource.PATIENT
                        ? Origin.PATIENT_ON_HER_PHONE
                        : Origin.PAPER_COPY_ENTERED_BY_PT,
                response.revision().number(),
                items,
                scores(response.score()));
    }

    private static Optional<ExportedQuestionnaire> screened(
            String key, RedFlagScreen screen, LocalDate on, Origin origin) {
        return screen.epds()
                .map(epds -> new ExportedQuestionnaire(
                        key,
                        Instrument.EPDS,
                        on,
                        origin,
                        1,
                        items(epds),
                        List.of(new Score(
                                "total",
                                "Total",
                                BigDecimal.valueOf(epds.score().total())))));
    }

    private static List<Answer> items(EpdsAnswers epds) {
        return epds.itemScores().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(entry ->
                        new Answer(entry.getKey().number(), BigDecimal.valueOf(entry.getValue()), Optional.empty()))
                .toList();
    }

    private static List<Score> scores(QuestionnaireScore score) {
        var scores = new ArrayList<Score>(List.of(new Score("total", "Total", score.total())));
        score.scales()
                .forEach(scale -> scores.add(new Score(
                        scale.scale().label().toLowerCase(Locale.ROOT),
                        scale.scale().label(),
                        scale.score())));
        return scores;
    }
}
