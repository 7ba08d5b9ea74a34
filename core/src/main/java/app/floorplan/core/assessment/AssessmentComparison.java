package app.floorplan.core.assessment;

import app.floorplan.core.validation.Violations;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Two assessments of one patient side by side, the earlier visit first whichever order they were picked in: every value
 * measured at either visit, with its direction and how the change compares with what it is weighed against. Values
 * measured in different ways or at different points are listed as not comparable rather than subtracted; values tested
 * at only one visit say so.
 */
public record AssessmentComparison(ComparedVisit earlier, ComparedVisit later, List<MeasureChange> changes) {

    public static final String FIELD = "comparison";

    private static final Comparator<ComparedVisit> VISIT_ORDER = Comparator.comparing(
                    (ComparedVisit visit) -> visit.assessment().date())
            .thenComparing(ComparedVisit::recordedAt);

    public AssessmentComparison {
        changes = List.copyOf(changes);
    }

    /**
     * @param smallestRealChange per IRD method and point, the change that is more than measurement error
     * @param painDifference the change in pain on the NRS that matters to a patient
     */
    public static AssessmentComparison of(
            ComparedVisit one,
            ComparedVisit other,
            IrdSmallestRealChange smallestRealChange,
            NrsMinimalImportantDifference painDifference) {
        new Violations()
                .check(
                        one.assessment().patient().equals(other.assessment().patient()),
                        FIELD,
                        "Only assessments of the same patient can be compared")
                .throwIfAny();
        var byVisit = Stream.of(one, other).sorted(VISIT_ORDER).toList();
        var earlier = byVisit.getFirst().assessment().sections();
        var later = byVisit.getLast().assessment().sections();
        var changes = new ArrayList<MeasureChange>();
        changes.addAll(irdChanges(earlier, later, smallestRealChange));
        changes.addAll(internalExamChanges(earlier, later));
        aslrChange(earlier, later).ifPresent(changes::add);
        changes.addAll(painChanges(earlier, later, painDifference));
        return new AssessmentComparison(byVisit.getFirst(), byVisit.getLast(), changes);
    }

    /** True when both visits are on the same day: then their times tell them apart. */
    public boolean sameDay() {
        return earlier.assessment().date().equals(later.assessment().date());
    }

    private static List<MeasureChange> irdChanges(
            AssessmentSections earlier, AssessmentSections later, IrdSmallestRealChange smallestRealChange) {
        var earlierDiastasis = earlier.diastasis().values();
        var laterDiastasis = later.diastasis().values();
        var changes = new ArrayList<MeasureChange>();
        for (var site : IrdSite.values()) {
            for (var condition : IrdCondition.values()) {
                var measure = Measure.ird(site, condition);
                var before = earlierDiastasis.flatMap(section -> section.reading(site, condition));
                var after = laterDiastasis.flatMap(section -> section.reading(site, condition));
                if (before.isEmpty() && after.isEmpty()) {
                    continue;
                }
                if (before.isEmpty() || after.isEmpty()) {
                    changes.add(notMeasuredAtOneVisit(measure, before.isEmpty()));
                    continue;
                }
                var first = before.get();
                var second = after.get();
                var firstLevel = earlierDiastasis.orElseThrow().level(site);
                var secondLevel = laterDiastasis.orElseThrow().level(site);
                if (first.method() != second.method()) {
                    changes.add(new MeasureChange.NotComparable(
                            measure,
                            "Measured by " + first.method().label().toLowerCase() + " ("
                                    + first.distance().label()
                                    + "), then by " + second.method().label().toLowerCase() + " ("
                                    + second.distance().label() + "): different methods are not subtracted"));
                } else if (firstLevel != secondLevel) {
                    changes.add(new MeasureChange.NotComparable(
                            measure,
                            "Measured " + firstLevel.phrase() + ", then " + secondLevel.phrase()
                                    + ": different points are not subtracted"));
                } else {
                    changes.add(new MeasureChange.Numeric(
                            measure,
                            first.distance().amount(),
                            second.distance().amount(),
                            Optional.of(first.method()),
                            smallestRealChange.of(first.method(), firstLevel)));
                }
            }
        }
        return changes;
    }

    private static List<MeasureChange> internalExamChanges(AssessmentSections earlier, AssessmentSections later) {
        var before = earlier.pelvicFloor().values().flatMap(PelvicFloorSection::internalExam);
        var after = later.pelvicFloor().values().flatMap(PelvicFloorSection::internalExam);
        if (before.isEmpty() && after.isEmpty()) {
            return List.of();
        }
        var items = List.of(
                count(MeasureKind.OXFORD, before, after, exam -> exam.oxford().map(OxfordGrade::value)),
                count(MeasureKind.PERFECT_ENDURANCE, before, after, exam -> exam.perfect()
                        .enduranceSeconds()),
                count(MeasureKind.PERFECT_REPETITIONS, before, after, exam -> exam.perfect()
                        .repetitions()),
                count(MeasureKind.PERFECT_FAST_CONTRACTIONS, before, after, exam -> exam.perfect()
                        .fastContractions()),
                yesNo(MeasureKind.PERFECT_ELEVATION, before, after, exam -> exam.perfect()
                        .elevation()),
                yesNo(MeasureKind.PERFECT_CO_CONTRACTION, before, after, exam -> exam.perfect()
                        .coContraction()),
                yesNo(MeasureKind.PERFECT_TIMING, before, after, exam -> exam.perfect()
                        .timing()),
                category(
                        MeasureKind.PELVIC_FLOOR_TONE,
                        before,
                        after,
                        InternalExam::tone,
                        PelvicFloorTone::label,
                        AssessmentComparison::toneDirection),
                category(
                        MeasureKind.PELVIC_FLOOR_RELAXATION,
                        before,
                        after,
                        InternalExam::relaxation,
                        PelvicFloorRelaxation::label,
                        AssessmentComparison::relaxationDirection));
        return items.stream().flatMap(Optional::stream).toList();
    }

    /** Normal tone is the aim: towards it is better, away from it worse, low to high neither. */
    private static Direction toneDirection(PelvicFloorTone before, PelvicFloorTone after) {
        if (before == after) {
            return Direction.UNCHANGED;
        }
        if (after == PelvicFloorTone.NORMAL) {
            return Direction.IMPROVED;
        }
        return before == PelvicFloorTone.NORMAL ? Direction.WORSE : Direction.CHANGED;
    }

    private static Direction relaxationDirection(PelvicFloorRelaxation before, PelvicFloorRelaxation after) {
        if (before == after) {
            return Direction.UNCHANGED;
        }
        return after == PelvicFloorRelaxation.COMPLETE ? Direction.IMPROVED : Direction.WORSE;
    }

    private static Optional<MeasureChange> aslrChange(AssessmentSections earlier, AssessmentSections later) {
        var before = earlier.deepCore().values().flatMap(DeepCoreSection::aslr);
        var after = later.deepCore().values().flatMap(DeepCoreSection::aslr);
        if (before.isEmpty() && after.isEmpty()) {
            return Optional.empty();
        }
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.of(notMeasuredAtOneVisit(Measure.of(MeasureKind.ASLR_TOTAL), before.isEmpty()));
        }
        return Optional.of(numeric(
                MeasureKind.ASLR_TOTAL, before.get().total(), after.get().total(), new ChangeThreshold.Unknown()));
    }

    private static List<MeasureChange> painChanges(
            AssessmentSections earlier, AssessmentSections later, NrsMinimalImportantDifference painDifference) {
        var before = earlier.painAtVisit().values();
        var after = later.painAtVisit().values();
        if (before.isEmpty() && after.isEmpty()) {
            return List.of();
        }
        if (before.isEmpty() || after.isEmpty()) {
            return List.of(
                    notMeasuredAtOneVisit(Measure.of(MeasureKind.NRS_NOW), before.isEmpty()),
                    notMeasuredAtOneVisit(Measure.of(MeasureKind.NRS_WORST_LAST_WEEK), before.isEmpty()));
        }
        var important = painDifference.asThreshold();
        return List.of(
                numeric(
                        MeasureKind.NRS_NOW,
                        before.get().now().value(),
                        after.get().now().value(),
                        important),
                numeric(
                        MeasureKind.NRS_WORST_LAST_WEEK,
                        before.get().worstLastWeek().value(),
                        after.get().worstLastWeek().value(),
                        important));
    }

    private static MeasureChange numeric(MeasureKind kind, int before, int after, ChangeThreshold threshold) {
        return new MeasureChange.Numeric(
                Measure.of(kind), BigDecimal.valueOf(before), BigDecimal.valueOf(after), Optional.empty(), threshold);
    }

    /** A grade or count of the exam, whose measurement error is unknown; empty when tested at neither visit. */
    private static Optional<MeasureChange> count(
            MeasureKind kind,
            Optional<InternalExam> before,
            Optional<InternalExam> after,
            Function<InternalExam, Optional<Integer>> item) {
        return examItem(
                kind,
                before,
                after,
                item,
                (earlier, later) -> numeric(kind, earlier, later, new ChangeThreshold.Unknown()));
    }

    private static Optional<MeasureChange> yesNo(
            MeasureKind kind,
            Optional<InternalExam> before,
            Optional<InternalExam> after,
            Function<InternalExam, Optional<Boolean>> item) {
        return examItem(
                kind,
                before,
                after,
                item,
                (earlier, later) -> new MeasureChange.YesNo(Measure.of(kind), earlier, later));
    }

    /** A state of the exam, e.g. the resting tone, in words with the direction its rule gives. */
    private static <T> Optional<MeasureChange> category(
            MeasureKind kind,
            Optional<InternalExam> before,
            Optional<InternalExam> after,
            Function<InternalExam, Optional<T>> item,
            Function<T, String> label,
            DirectionRule<T> direction) {
        return examItem(
                kind,
                before,
                after,
                item,
                (earlier, later) -> new MeasureChange.Category(
                        Measure.of(kind), label.apply(earlier), label.apply(later), direction.of(earlier, later)));
    }

    @FunctionalInterface
    private interface DirectionRule<T> {
        Direction of(T before, T after);
    }

    @FunctionalInterface
    private interface BothTested<T> {
        MeasureChange change(T earlier, T later);
    }

    /**
     * One item of the internal exam at both visits. An item missing at a visit reads "not tested" when the exam was
     * done there and "not measured" when it was not; an item tested at neither visit adds no row.
     */
    private static <T> Optional<MeasureChange> examItem(
            MeasureKind kind,
            Optional<InternalExam> before,
            Optional<InternalExam> after,
            Function<InternalExam, Optional<T>> item,
            BothTested<T> change) {
        var earlierValue = before.flatMap(item);
        var laterValue = after.flatMap(item);
        if (earlierValue.isEmpty() && laterValue.isEmpty()) {
            return Optional.empty();
        }
        if (earlierValue.isEmpty() || laterValue.isEmpty()) {
            var missingEarlier = earlierValue.isEmpty();
            var examined = (missingEarlier ? before : after).isPresent();
            var visit = missingEarlier ? "earlier" : "later";
            return Optional.of(new MeasureChange.NotComparable(
                    Measure.of(kind),
                    examined ? "Not tested at the " + visit + " visit" : "Not measured at the " + visit + " visit"));
        }
        return Optional.of(change.change(earlierValue.get(), laterValue.get()));
    }

    private static MeasureChange notMeasuredAtOneVisit(Measure measure, boolean missingEarlier) {
        return new MeasureChange.NotComparable(
                measure, "Not measured at the " + (missingEarlier ? "earlier" : "later") + " visit");
    }
}
