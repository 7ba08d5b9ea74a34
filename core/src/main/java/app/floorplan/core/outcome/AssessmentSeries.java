package app.floorplan.core.outcome;

import app.floorplan.core.assessment.AslrScore;
import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.DeepCoreSection;
import app.floorplan.core.assessment.InternalExam;
import app.floorplan.core.assessment.IrdCondition;
import app.floorplan.core.assessment.IrdMethod;
import app.floorplan.core.assessment.IrdReading;
import app.floorplan.core.assessment.IrdSite;
import app.floorplan.core.assessment.OxfordGrade;
import app.floorplan.core.assessment.PelvicFloorSection;
import app.floorplan.core.assessment.Perfect;
import app.floorplan.core.questionnaire.ChangeKind;
import app.floorplan.core.questionnaire.MeaningfulChange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The hands-on measures of the assessments as series: the inter-rectus distance per site, condition and method (methods
 * are never mixed in one line), the Modified Oxford grade and PERFECT counts, the ASLR total and pain at the visit.
 */
final class AssessmentSeries {

    /** [FARRAR-2001]: a change of 2 points on the 0-10 NRS is clinically important. */
    static final MeaningfulChange PAIN_CHANGE = MeaningfulChange.of(
            "2", ChangeKind.MINIMAL_IMPORTANT_CHANGE, "FARRAR-2001", "chronic pain; also about 30 % of the baseline");

    private AssessmentSeries() {}

    static List<MeasureSeries> of(List<Assessment> assessments) {
        List<Assessment> oldestFirst = assessments.stream()
                .sorted(Comparator.comparing(Assessment::date))
                .toList();
        var series = new ArrayList<MeasureSeries>();
        series.addAll(pain(oldestFirst));
        series.addAll(ird(oldestFirst));
        series.addAll(pelvicFloor(oldestFirst));
        aslr(oldestFirst).ifPresent(series::add);
        return series;
    }

    private static List<MeasureSeries> pain(List<Assessment> assessments) {
        var now = new ArrayList<SeriesPoint>();
        var worst = new ArrayList<SeriesPoint>();
        for (Assessment assessment : assessments) {
            assessment.sections().painAtVisit().values().ifPresent(pain -> {
                now.add(SeriesPoint.of(assessment.date(), pain.now().value()));
                worst.add(SeriesPoint.of(assessment.date(), pain.worstLastWeek().value()));
            });
        }
        if (now.isEmpty()) {
            return List.of();
        }
        return List.of(
                painSeries("Pain now, at the visit (NRS)", now, true),
                painSeries("Worst pain in the last week, at the visit (NRS)", worst, false));
    }

    static MeasureSeries painSeries(String name, List<SeriesPoint> points, boolean headline) {
        return new MeasureSeries(
                name,
                MeasureGroup.PAIN,
                "",
                BigDecimal.ZERO,
                BigDecimal.TEN,
                true,
                Optional.of(PAIN_CHANGE),
                "0-10, lower is better; " + PAIN_CHANGE.label(),
                headline,
                points);
    }

    private static List<MeasureSeries> ird(List<Assessment> assessments) {
        Map<String, List<SeriesPoint>> lines = new LinkedHashMap<>();
        Map<String, IrdMethod> methods = new LinkedHashMap<>();
        for (IrdSite site : IrdSite.values()) {
            for (IrdCondition condition : IrdCondition.values()) {
                for (IrdMethod method : IrdMethod.values()) {
                    String name = "Inter-rectus distance, " + site.label().toLowerCase() + ", "
                            + condition.label().toLowerCase() + ", "
                            + method.label().toLowerCase();
                    for (Assessment assessment : assessments) {
                        assessment
                                .sections()
                                .diastasis()
                                .values()
                                .flatMap(section -> section.reading(site, condition))
                                .filter(reading -> reading.method() == method)
                                .map(IrdReading::distance)
                                .ifPresent(distance -> lines.computeIfAbsent(name, key -> new ArrayList<>())
                                        .add(new SeriesPoint(assessment.date(), distance.amount(), "")));
                    }
                    methods.put(name, method);
                }
            }
        }
        return lines.entrySet().stream()
                .map(line -> {
                    IrdMethod method = methods.get(line.getKey());
                    boolean fingers = method == IrdMethod.PALPATION;
                    return new MeasureSeries(
                            line.getKey(),
                            MeasureGroup.DIASTASIS,
                            method.unit().label(),
                            BigDecimal.ZERO,
                            fingers ? BigDecimal.valueOf(5) : BigDecimal.valueOf(60),
                            true,
                            Optional.empty(),
                            "lower is better; one method per line, never mixed. "
                                    + (method == IrdMethod.ULTRASOUND
                                            ? "Between two raters a change smaller than 6.4-19.7 mm may be measurement"
                                                    + " error, depending on the site [KESHWANI-2016]"
                                            : "No published measurement error for "
                                                    + method.label().toLowerCase() + " was found"),
                            true,
                            line.getValue());
                })
                .toList();
    }

    private static List<MeasureSeries> pelvicFloor(List<Assessment> assessments) {
        var series = new ArrayList<MeasureSeries>();
        grade(assessments, "Modified Oxford grade", 5, perfect -> perfect.power()
                        .map(OxfordGrade::value))
                .ifPresent(series::add);
        count(assessments, "PERFECT endurance (seconds held)", "s", Perfect::enduranceSeconds)
                .ifPresent(series::add);
        count(assessments, "PERFECT repetitions", "", Perfect::repetitions).ifPresent(series::add);
        count(assessments, "PERFECT fast contractions", "", Perfect::fastContractions)
                .ifPresent(series::add);
        return series;
    }

    private static Optional<MeasureSeries> grade(
            List<Assessment> assessments, String name, int max, Function<Perfect, Optional<Integer>> value) {
        return perfectSeries(assessments, name, "", max, value, true);
    }

    private static Optional<MeasureSeries> count(
            List<Assessment> assessments, String name, String unit, Function<Perfect, Optional<Integer>> value) {
        return perfectSeries(assessments, name, unit, 10, value, false);
    }

    private static Optional<MeasureSeries> perfectSeries(
            List<Assessment> assessments,
            String name,
            String unit,
            int max,
            Function<Perfect, Optional<Integer>> value,
            boolean headline) {
        var points = new ArrayList<SeriesPoint>();
        for (Assessment assessment : assessments) {
            assessment
                    .sections()
                    .pelvicFloor()
                    .values()
                    .flatMap(PelvicFloorSection::internalExam)
                    .map(InternalExam::perfect)
                    // an item left "not tested" is no point on the chart, never a 0
                    .flatMap(value)
                    .ifPresent(measured -> points.add(SeriesPoint.of(assessment.date(), measured)));
        }
        if (points.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MeasureSeries(
                name,
                MeasureGroup.PELVIC_FLOOR,
                unit,
                BigDecimal.ZERO,
                BigDecimal.valueOf(max),
                false,
                Optional.empty(),
                "0-" + max + ", higher is better; no published threshold for a change that counts [LAYCOCK-2001]",
                headline,
                points));
    }

    private static Optional<MeasureSeries> aslr(List<Assessment> assessments) {
        var points = new ArrayList<SeriesPoint>();
        for (Assessment assessment : assessments) {
            assessment
                    .sections()
                    .deepCore()
                    .values()
                    .flatMap(DeepCoreSection::aslr)
                    .map(AslrScore::total)
                    .ifPresent(total -> points.add(SeriesPoint.of(assessment.date(), total)));
        }
        if (points.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MeasureSeries(
                "Active straight leg raise, total of both sides",
                MeasureGroup.DEEP_CORE,
                "",
                BigDecimal.ZERO,
                BigDecimal.TEN,
                true,
                Optional.empty(),
                "0-10, lower is better; any total of 1 or more is positive [MENS-2001]; no published threshold for a"
                        + " change that counts",
                true,
                points));
    }
}
