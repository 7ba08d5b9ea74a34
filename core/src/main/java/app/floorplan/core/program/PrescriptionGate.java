package app.floorplan.core.program;

import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.intake.PrescriptionClearance;
import app.floorplan.core.intake.PrescriptionDecision;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a program may be prescribed: the intake and every assessment's red-flag screen must clear the patient for
 * exercise ({@link PrescriptionClearance}: no open red flag, current intake version), and each exercise must pass its
 * precautions ({@link ItemPrecaution#ALL}) for this patient today. An exercise with a caution the patient's record
 * shows ({@link RecordedConditions}) is allowed with a warning: the PT decides.
 */
public final class PrescriptionGate {

    private static final DateTimeFormatter VISIT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /**
     * The decision for every item and for the program as a whole.
     *
     * @param exercises every exercise the content names; the caller resolves them (and refuses unknown ones) first
     */
    public PrescriptionCheck check(
            ProgramContent content, Map<ExerciseId, Exercise> exercises, PrescriptionContext context) {
        var conditions = RecordedConditions.of(context);
        var items = content.items().stream()
                .map(item -> {
                    var exercise = exerciseOf(exercises, item);
                    return new ItemDecision(
                            item.position(),
                            item.exercise(),
                            refusals(exercise, context),
                            conditions.warnings(exercise));
                })
                .toList();
        return new PrescriptionCheck(clearance(context), items);
    }

    /**
     * Whether the patient may get an exercise program at all: no intake means no red-flag screen yet, and a flag
     * answered yes at the intake or at any assessment blocks until an outcome that allows exercise is recorded.
     */
    public PrescriptionDecision clearance(PrescriptionContext context) {
        if (context.intake().isEmpty()) {
            return new PrescriptionDecision.Rejection(
                    "No intake is recorded: record the intake with its red-flag screen before prescribing exercise",
                    Set.of());
        }
        var atIntake = PrescriptionClearance.evaluateAll(context.intake().get());
        if (!atIntake.isAllowed()) {
            return atIntake;
        }
        return context.assessments().stream()
                .sorted(Comparator.comparing(Assessment::date))
                .map(visit -> PrescriptionClearance.unresolved(
                        "at the assessment of " + VISIT_DAY.format(visit.date()), visit.unresolvedRedFlags()))
                .filter(decision -> !decision.isAllowed())
                .findFirst()
                .orElse(atIntake);
    }

    /** The reasons this exercise may not be prescribed to the patient now; empty when it may. */
    public List<String> refusals(Exercise exercise, PrescriptionContext context) {
        return ItemPrecaution.ALL.stream()
                .map(precaution -> precaution.evaluate(exercise, context))
                .<String>mapMulti((decision, reasons) -> {
                    if (decision instanceof PrescriptionDecision.Rejection rejection) {
                        reasons.accept(rejection.reason());
                    }
                })
                .toList();
    }

    /** Why this exercise needs care for the patient (she may still get it); empty when nothing applies. */
    public List<String> warnings(Exercise exercise, PrescriptionContext context) {
        return RecordedConditions.of(context).warnings(exercise);
    }

    private static Exercise exerciseOf(Map<ExerciseId, Exercise> exercises, ProgramItem item) {
        var exercise = exercises.get(item.exercise());
        if (exercise == null) {
            throw new IllegalArgumentException(
                    "exercise " + item.exercise() + " of item " + item.position() + " was not resolved");
        }
        return exercise;
    }
}
