package app.floorplan.core.outcome;

import app.floorplan.core.questionnaire.ChangeKind;
import app.floorplan.core.questionnaire.Instrument;
import app.floorplan.core.questionnaire.MeaningfulChange;
import app.floorplan.core.questionnaire.QuestionnaireResponse;
import app.floorplan.core.questionnaire.QuestionnaireScore;
import app.floorplan.core.questionnaire.Scale;
import app.floorplan.core.questionnaire.ScaleScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Questionnaire scores as series: one per instrument's total, and one per subscale for the summary's table. */
final class QuestionnaireSeries {

    /**
     * [KARJALAINEN-2021]: a change of 11 points in the POPDI-6 after prolapse surgery; the other subscales have no
     * published short-form threshold FloorPlan could read.
     */
    private static final Map<Scale, MeaningfulChange> SCALE_CHANGE = Map.of(
            Scale.POPDI_6,
            MeaningfulChange.of(
                    "11",
                    ChangeKind.MINIMAL_IMPORTANT_CHANGE,
                    "KARJALAINEN-2021",
                    "estimated after prolapse surgery; a change after physiotherapy may be smaller"));

    private QuestionnaireSeries() {}

    /**
     * @param screenedEpds EPDS totals from red-flag screens, joined to the EPDS questionnaires' series when the EPDS is
     *     shown
     */
    static List<MeasureSeries> of(
            List<QuestionnaireResponse> responses, Predicate<Instrument> shown, List<SeriesPoint> screenedEpds) {
        var byInstrument = responses.stream()
                .filter(response -> shown.test(response.instrument()))
                .sorted(Comparator.comparing(QuestionnaireResponse::answeredOn)
                        .thenComparing(response -> response.revision().recordedAt()))
                .collect(Collectors.groupingBy(QuestionnaireResponse::instrument));
        var series = new ArrayList<MeasureSeries>();
        for (Instrument instrument : Instrument.values()) {
            List<QuestionnaireResponse> answered = byInstrument.getOrDefault(instrument, List.of());
            List<SeriesPoint> screened =
                    instrument == Instrument.EPDS && shown.test(instrument) ? screenedEpds : List.of();
            if (answered.isEmpty() && screened.isEmpty()) {
                continue;
            }
            List<QuestionnaireScore> scores =
                    answered.stream().map(QuestionnaireResponse::score).toList();
            var points = new ArrayList<SeriesPoint>();
            for (int index = 0; index < answered.size(); index++) {
                QuestionnaireScore score = scores.get(index);
                points.add(new SeriesPoint(
                        answered.get(index).answeredOn(), score.total(), detail(score), PointSource.QUESTIONNAIRE));
            }
            points.addAll(screened);
            // stable: on one day a screen's value follows the questionnaire's
            points.sort(Comparator.comparing(SeriesPoint::date));
            series.add(new MeasureSeries(
                    instrument.label(),
                    MeasureGroup.QUESTIONNAIRES,
                    "points",
                    instrument.min(),
                    instrument.max(),
                    instrument.higherIsWorse(),
                    instrument.meaningfulChange(),
                    instrument.fullName() + " [" + instrument.source() + "], "
                            + instrument.min().toPlainString() + "-"
                            + instrument.max().toPlainString() + ", " + instrument.direction()
                            + instrument
                                    .meaningfulChange()
                                    .map(change -> "; " + change.label() + ", " + change.note())
                                    .orElse("; no published threshold for a change that counts"),
                    true,
                    points));
            series.addAll(subscales(instrument, answered, scores));
        }
        return series;
    }

    private static List<MeasureSeries> subscales(
            Instrument instrument, List<QuestionnaireResponse> answered, List<QuestionnaireScore> scores) {
        var byScale = new java.util.LinkedHashMap<Scale, List<SeriesPoint>>();
        for (int index = 0; index < answered.size(); index++) {
            for (ScaleScore scale : scores.get(index).scales()) {
                byScale.computeIfAbsent(scale.scale(), key -> new ArrayList<>())
                        .add(new SeriesPoint(
                                answered.get(index).answeredOn(),
                                scale.score(),
                                scale.answered() + " of " + scale.items() + " items answered"));
            }
        }
        return byScale.entrySet().stream()
                .map(entry -> {
                    Optional<MeaningfulChange> change = Optional.ofNullable(SCALE_CHANGE.get(entry.getKey()));
                    return new MeasureSeries(
                            instrument.label() + " · " + entry.getKey().label() + " ("
                                    + entry.getKey().area() + ")",
                            MeasureGroup.QUESTIONNAIRES,
                            "points",
                            BigDecimal.ZERO,
                            BigDecimal.valueOf(Scale.MAX),
                            true,
                            change,
                            "0-100, lower is better"
                                    + change.map(found -> "; " + found.label())
                                            .orElse("; no published threshold for this subscale"),
                            false,
                            entry.getValue());
                })
                .toList();
    }

    private static String detail(QuestionnaireScore score) {
        String scales = score.scales().stream()
                .map(scale -> scale.scale().label() + " " + QuestionnaireScore.shown(scale.score())
                        + (scale.thin() ? " (fewer than half its items answered)" : ""))
                .collect(Collectors.joining(", "));
        String missing = score.answered() < score.items() && score.instrument() != Instrument.PSFS
                ? (scales.isEmpty() ? "" : "; ") + (score.items() - score.answered()) + " items unanswered"
                : "";
        return scales + missing;
    }
}
