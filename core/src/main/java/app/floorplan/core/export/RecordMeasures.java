package app.floorplan.core.export;

import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.InternalExam;
import app.floorplan.core.assessment.IrdReading;
import app.floorplan.core.assessment.IrdUnit;
import app.floorplan.core.assessment.Perfect;
import app.floorplan.core.export.ExportedMeasure.MeasureSource;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.NumericPainRating;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.RedFlagResolution;
import app.floorplan.core.intake.RelevantHistory;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.SymptomFlag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which recorded values leave FloorPlan, and under which code: the intake's counts, pain ratings and red-flag screen, every
 * measurement of the current version of each assessment, and the patient's practice log. A standard code where one
 * names the value as FloorPlan records it (LOINC: the NRS pain rating, numbers of pregnancies and births), FloorPlan's
 * own code otherwise ({@link FloorPlanCode}). Only current versions: a corrected value replaces the old one, as in the
 * clinic's own view.
 */
final class RecordMeasures {

    static final Coding PAIN_NRS =
            Coding.loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported");
    static final Coding PREGNANCIES = Coding.loinc("11996-6", "[#] Pregnancies");
    static final Coding PARITY = Coding.loinc("11977-6", "[#] Parity");

    private static final int NRS_MAX = 10;
    private static final int OXFORD_MAX = 5;
    private static final int ASLR_MAX = 10;
    private static final int BORG_CR10_MAX = 10;

    private final ZoneId zone;

    RecordMeasures(ZoneId zone) {
        this.zone = zone;
    }

    List<ExportedCondition> conditions(Intake intake) {
        LocalDate on = recordedOn(intake);
        String prefix = "intake/" + intake.id() + "/";
        RelevantHistory history = intake.relevantHistory();
        var found = new ArrayList<ExportedCondition>();
        if (history.previousBackPain()) {
            found.add(condition(prefix, FloorPlanCode.HISTORY_PREVIOUS_BACK_PAIN, on));
        }
        if (history.herniatedDisc()) {
            found.add(condition(prefix, FloorPlanCode.HISTORY_HERNIATED_DISC, on));
        }
        if (history.pelvicGirdlePainInPregnancy()) {
            found.add(condition(prefix, FloorPlanCode.HISTORY_PELVIC_GIRDLE_PAIN, on));
        }
        if (history.surgery()) {
            String text = FloorPlanCode.HISTORY_SURGERY.display()
                    + history.surgeryDetails().map(details -> ": " + details).orElse("");
            found.add(new ExportedCondition(
                    prefix + FloorPlanCode.HISTORY_SURGERY.code(), FloorPlanCode.HISTORY_SURGERY.coding(), text, on));
        }
        return found;
    }

    List<ExportedMeasure> intake(Intake intake) {
        LocalDate on = recordedOn(intake);
        String prefix = "intake/" + intake.id() + "/";
        var obstetric = intake.obstetricHistory();
        var pain = intake.pain();
        var found = new ArrayList<ExportedMeasure>(List.of(
                measure(prefix + "pregnancies", PREGNANCIES, on, new MeasuredValue.Score(obstetric.gravida(), 0)),
                measure(prefix + "parity", PARITY, on, new MeasuredValue.Score(obstetric.para(), 0))));
        found.addAll(pain(prefix, on, pain.now(), pain.worstLastWeek()));
        found.addAll(redFlagScreen(prefix, on, intake));
        return found;
    }

    /**
     * Every question of the red-flag screen with its answer: a "no" is a finding too (the flag was asked and ruled
     * out), plus any flag answered yes in an earlier wording or raised by the EPDS. A positive flag carries each
     * referral or clearance the PT recorded for it.
     */
    private List<ExportedMeasure> redFlagScreen(String prefix, LocalDate on, Intake intake) {
        var screen = intake.redFlags();
        return Arrays.stream(RedFlag.values())
                .filter(flag ->
                        RedFlag.asked().contains(flag) || screen.positives().contains(flag))
                .map(flag -> {
                    var code = FloorPlanCode.redFlag(flag);
                    List<String> notes = intake.redFlagResolutions().stream()
                            .filter(resolution -> resolution.resolvedFlags().contains(flag))
                            .map(this::resolution)
                            .toList();
                    return new ExportedMeasure(
                            prefix + code.code(),
                            code.coding(),
                            on,
                            new MeasuredValue.YesNo(screen.positives().contains(flag)),
                            Optional.empty(),
                            MeasureSource.INTAKE,
                            notes);
                })
                .toList();
    }

    private String resolution(RedFlagResolution resolution) {
        return resolution.outcome().label()
                + resolution
                        .to()
                        .map(recipient -> " (" + recipient.label() + ")")
                        .orElse("")
                + " on " + LocalDate.ofInstant(resolution.at(), zone) + ": " + resolution.note();
    }

    List<ExportedMeasure> assessment(Assessment assessment) {
        String prefix = "assessment/" + assessment.id() + "/";
        LocalDate on = assessment.date();
        var sections = assessment.sections();
        var found = new ArrayList<ExportedMeasure>();
        sections.painAtVisit()
                .values()
                .ifPresent(pain -> found.addAll(pain(prefix, on, pain.now(), pain.worstLastWeek())));
        sections.diastasis().values().ifPresent(diastasis -> diastasis.readings().stream()
                .map(reading -> ird(prefix, on, reading))
                .forEach(found::add));
        sections.pelvicFloor()
                .values()
                .flatMap(section -> section.internalExam())
                .ifPresent(exam -> found.addAll(internalExam(prefix, on, exam)));
        sections.deepCore()
                .values()
                .flatMap(section -> section.aslr())
                .ifPresent(aslr -> found.add(
                        simple(prefix, FloorPlanCode.ASLR_TOTAL, on, new MeasuredValue.Score(aslr.total(), ASLR_MAX))));
        return found.stream()
                .map(measure -> withSource(measure, MeasureSource.ASSESSMENT))
                .toList();
    }

    List<ExportedMeasure> practice(PracticeDay day) {
        String prefix = "log/" + day.date() + "/";
        LocalDate on = day.date();
        var found = new ArrayList<ExportedMeasure>();
        found.add(simple(
                prefix,
                FloorPlanCode.PRACTICE_SESSION,
                on,
                new MeasuredValue.Choice(FloorPlanCode.completion(day.session()).coding())));
        day.pain()
                .ifPresent(pain ->
                        found.add(measure(prefix + "pain", PAIN_NRS, on, new MeasuredValue.Score(pain, NRS_MAX))));
        day.effort()
                .ifPresent(effort -> found.add(simple(
                        prefix, FloorPlanCode.PRACTICE_EFFORT, on, new MeasuredValue.Score(effort, BORG_CR10_MAX))));
        for (SymptomFlag flag : day.symptoms().flags()) {
            var code = FloorPlanCode.symptom(flag);
            MeasuredValue value = flag == SymptomFlag.OTHER
                    ? new MeasuredValue.Words(day.symptoms().otherText().orElse(""))
                    : new MeasuredValue.YesNo(true);
            found.add(simple(prefix, code, on, value));
        }
        return found.stream()
                .map(measure -> withSource(measure, MeasureSource.PRACTICE_LOG))
                .toList();
    }

    /** Pain now and at its worst last week, as the intake and every assessment's pain-at-visit section ask them. */
    private static List<ExportedMeasure> pain(
            String prefix, LocalDate on, NumericPainRating now, NumericPainRating worstLastWeek) {
        return List.of(
                measure(prefix + "pain-now", PAIN_NRS, on, new MeasuredValue.Score(now.value(), NRS_MAX)),
                measure(
                        prefix + "pain-worst",
                        FloorPlanCode.NRS_WORST_LAST_WEEK.coding(),
                        on,
                        new MeasuredValue.Score(worstLastWeek.value(), NRS_MAX)));
    }

    private static ExportedMeasure ird(String prefix, LocalDate on, IrdReading reading) {
        var code = FloorPlanCode.ird(reading.site(), reading.condition());
        var distance = reading.distance();
        MeasuredValue value = distance.unit() == IrdUnit.MILLIMETRES
                ? new MeasuredValue.Amount(distance.amount(), "mm", "mm")
                : new MeasuredValue.Amount(distance.amount(), "{finger_widths}", "finger widths");
        return new ExportedMeasure(
                prefix + code.code(),
                code.coding(),
                on,
                value,
                Optional.of(reading.method().label()),
                MeasureSource.ASSESSMENT);
    }

    /** Each exam item that was tested; an item left "not tested" is not exported, never as 0 or normal. */
    private static List<ExportedMeasure> internalExam(String prefix, LocalDate on, InternalExam exam) {
        Perfect perfect = exam.perfect();
        return Stream.of(
                        perfect.power()
                                .map(power -> simple(
                                        prefix,
                                        FloorPlanCode.OXFORD_GRADE,
                                        on,
                                        new MeasuredValue.Score(power.value(), OXFORD_MAX))),
                        perfect.enduranceSeconds()
                                .map(seconds -> simple(
                                        prefix,
                                        FloorPlanCode.PERFECT_ENDURANCE,
                                        on,
                                        new MeasuredValue.Amount(BigDecimal.valueOf(seconds), "s", "seconds"))),
                        perfect.repetitions()
                                .map(count -> simple(
                                        prefix,
                                        FloorPlanCode.PERFECT_REPETITIONS,
                                        on,
                                        new MeasuredValue.Score(count, 0))),
                        perfect.fastContractions()
                                .map(count -> simple(
                                        prefix,
                                        FloorPlanCode.PERFECT_FAST_CONTRACTIONS,
                                        on,
                                        new MeasuredValue.Score(count, 0))),
                        perfect.elevation()
                                .map(yes -> simple(
                                        prefix, FloorPlanCode.PERFECT_ELEVATION, on, new MeasuredValue.YesNo(yes))),
                        perfect.coContraction()
                                .map(yes -> simple(
                                        prefix,
                                        FloorPlanCode.PERFECT_CO_CONTRACTION,
                                        on,
                                        new MeasuredValue.YesNo(yes))),
                        perfect.timing()
                                .map(yes ->
                                        simple(prefix, FloorPlanCode.PERFECT_TIMING, on, new MeasuredValue.YesNo(yes))),
                        exam.tone()
                                .map(tone -> simple(
                                        prefix,
                                        FloorPlanCode.PELVIC_FLOOR_TONE,
                                        on,
                                        new MeasuredValue.Choice(
                                                FloorPlanCode.tone(tone).coding()))))
                .flatMap(Optional::stream)
                .toList();
    }

    private LocalDate recordedOn(Intake intake) {
        return LocalDate.ofInstant(intake.revision().recordedAt(), zone);
    }

    private static ExportedCondition condition(String prefix, FloorPlanCode code, LocalDate on) {
        return new ExportedCondition(prefix + code.code(), code.coding(), code.display(), on);
    }

    private static ExportedMeasure simple(String prefix, FloorPlanCode code, LocalDate on, MeasuredValue value) {
        return measure(prefix + code.code(), code.coding(), on, value);
    }

    private static ExportedMeasure measure(String key, Coding code, LocalDate on, MeasuredValue value) {
        return new ExportedMeasure(key, code, on, value, Optional.empty(), MeasureSource.INTAKE);
    }

    private static ExportedMeasure withSource(ExportedMeasure measure, MeasureSource source) {
        return new ExportedMeasure(
                measure.key(),
                measure.code(),
                measure.date(),
                measure.value(),
                measure.method(),
                source,
                measure.notes());
    }
}
