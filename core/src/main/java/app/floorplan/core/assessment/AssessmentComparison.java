package app.floorplan.core.assessment;

import app.floorplan.core.validation.Violations;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Two assessments of one patient side by side: every value measured at either visit, with its direction and whether
 * the change exceeds measurement error. Values measured in different ways are listed as not comparable rather than
 * subtracted.
 */
public record AssessmentComparison(Assessment earlier, Assessment later, List<MeasureChange> changes) {

    public static final String FIELD = "comparison";

    public AssessmentComparison {
        changes = List.copyOf(changes);
    }

    /**
     * @param smallestRealChange per IRD method, the change that is more than measurement error
     * @param painDifference the change in pain on the NRS that is more than measurement error
     */
    public static AssessmentComparison of(
            Assessment earlier,
            Assessment later,
            IrdSmallestRealChange smallestRealChange,
            NrsMinimalImportantDifference painDifference) {
        new Violations()
                .check(
                        earlier.patient().equals(later.patient()),
                        FIELD,
                        "Only assessments of the same patient can be compared")
                .check(
                        !later.date().isBefore(earlier.date()),
                        FIELD,
                        "The later assessment is dated before the earlier one")
                .throwIfAny();
        var changes = new ArrayList<MeasureChange>();
        changes.addAll(irdChanges(earlier.sections(), later.sections(), smallestRealChange));
        changes.addAll(internalExamChanges(earlier.sections(), later.sections()));
        aslrChange(earlier.sections(), later.sections()).ifPresent(changes::add);
        changes.addAll(painChanges(earlier.sections(), later.sections(), painDifference));
        return new AssessmentComparison(earlier, later, changes);
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
                var firstOffset = earlierDiastasis.orElseThrow().aboveUmbilicusOffset();
                var secondOffset = laterDiastasis.orElseThrow().aboveUmbilicusOffset();
                if (first.method() != second.method()) {
                    changes.add(new MeasureChange.NotComparable(
                            measure,
                            "Measured by " + first.method().label().toLowerCase() + " ("
                                    + first.distance().label()
                                    + "), then by " + second.method().label().toLowerCase() + " ("
                                    + second.distance().label() + "): different methods are not subtracted"));
                } else if (site == IrdSite.ABOVE_UMBILICUS && firstOffset != secondOffset) {
                    changes.add(new MeasureChange.NotComparable(
                            measure,
                            "Measured " + firstOffset.label() + " above the umbilicus, then " + secondOffset.label()
                                    + " above: different sites are not subtracted"));
                } else {
                    changes.add(new MeasureChange.Numeric(
                            measure,
                            first.distance().amount(),
                            second.distance().amount(),
                            Optional.of(first.method()),
                            Optional.of(smallestRealChange.of(first.method()))));
                }
            }
        }
        return changes;
    }

    private static List<MeasureChange> internalExamChanges(AssessmentSections earlier, AssessmentSections later) {
        var before = earlier.pelvicFloor()
                .values()
                .flatMap(PelvicFloorSection::internalExam)
                .map(InternalExam::perfect);
        var after = later.pelvicFloor()
                .values()
                .flatMap(PelvicFloorSection::internalExam)
                .map(InternalExam::perfect);
        var changes = new ArrayList<MeasureChange>();
        if (before.isEmpty() && after.isEmpty()) {
            return changes;
        }
        changes.add(count(
                MeasureKind.OXFORD, before, after, perfect -> perfect.power().value()));
        changes.add(count(MeasureKind.PERFECT_ENDURANCE, before, after, Perfect::enduranceSeconds));
        changes.add(count(MeasureKind.PERFECT_REPETITIONS, before, after, Perfect::repetitions));
        changes.add(count(MeasureKind.PERFECT_FAST_CONTRACTIONS, before, after, Perfect::fastContractions));
        changes.add(yesNo(MeasureKind.PERFECT_ELEVATION, before, after, Perfect::elevation));
        changes.add(yesNo(MeasureKind.PERFECT_CO_CONTRACTION, before, after, Perfect::coContraction));
        changes.add(yesNo(MeasureKind.PERFECT_TIMING, before, after, Perfect::timing));
        return changes;
    }

    private static Optional<MeasureChange> aslrChange(AssessmentSections earlier, AssessmentSections later) {
        var before = earlier.deepCore().values().flatMap(DeepCoreSection::aslr);
        var after = later.deepCore().values().flatMap(DeepCoreSection::aslr);
        if (before.isEmpty() && after.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(count(MeasureKind.ASLR_TOTAL, before, after, AslrScore::total));
    }

    private static List<MeasureChange> painChanges(
            AssessmentSections earlier, AssessmentSections later, NrsMinimalImportantDifference painDifference) {
        var before = earlier.painAtVisit().values();
        var after = later.painAtVisit().values();
        if (before.isEmpty() && after.isEmpty()) {
            return List.of();
        }
        var smallest = Optional.of(painDifference.asChange());
        return List.of(
                numeric(MeasureKind.NRS_NOW, before, after, pain -> pain.now().value(), smallest),
                numeric(
                        MeasureKind.NRS_WORST_LAST_WEEK,
                        before,
                        after,
                        pain -> pain.worstLastWeek().value(),
                        smallest));
    }

    /** A grade, score or count whose measurement error is unknown. */
    private static <T> MeasureChange count(
            MeasureKind kind, Optional<T> before, Optional<T> after, ToIntFunction<T> value) {
        return numeric(kind, before, after, value, Optional.empty());
    }

    private static <T> MeasureChange numeric(
            MeasureKind kind,
            Optional<T> before,
            Optional<T> after,
            ToIntFunction<T> value,
            Optional<BigDecimal> smallestRealChange) {
        var measure = Measure.of(kind);
        if (before.isEmpty() || after.isEmpty()) {
            return notMeasuredAtOneVisit(measure, before.isEmpty());
        }
        return new MeasureChange.Numeric(
                measure,
                BigDecimal.valueOf(value.applyAsInt(before.get())),
                BigDecimal.valueOf(value.applyAsInt(after.get())),
                Optional.empty(),
                smallestRealChange);
    }

    private static <T> MeasureChange yesNo(
            MeasureKind kind, Optional<T> before, Optional<T> after, Predicate<T> value) {
        var measure = Measure.of(kind);
        if (before.isEmpty() || after.isEmpty()) {
            return notMeasuredAtOneVisit(measure, before.isEmpty());
        }
        return new MeasureChange.YesNo(measure, value.test(before.get()), value.test(after.get()));
    }

    private static MeasureChange notMeasuredAtOneVisit(Measure measure, boolean missingEarlier) {
        return new MeasureChange.NotComparable(
                measure, "Not measured at the " + (missingEarlier ? "earlier" : "later") + " visit");
    }
}
