package app.floorplan.core.program;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.core.validation.Violations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * The checks of a program's content, in one place so that {@link ProgramContent} (stored values) and
 * {@link ProgramContentDraft} (form values) cannot drift apart. Limits are on {@link ProgramContent}.
 */
final class ProgramRules {

    private ProgramRules() {}

    /** The non-blank goals, stripped, in order; a too-long goal is reported at its position in {@code raw}. */
    static List<String> goals(Violations found, List<String> raw) {
        var kept = new ArrayList<String>();
        for (int index = 0; index < raw.size(); index++) {
            String goal = raw.get(index).strip();
            if (goal.isEmpty()) {
                continue;
            }
            found.check(
                    goal.length() <= ProgramContent.MAX_GOAL_LENGTH,
                    ProgramFields.goal(index),
                    "A goal must be at most " + ProgramContent.MAX_GOAL_LENGTH + " characters");
            kept.add(goal);
        }
        found.check(
                kept.size() <= ProgramContent.MAX_GOALS,
                ProgramFields.GOALS,
                "At most " + ProgramContent.MAX_GOALS + " goals: keep the ones that matter most to the patient");
        return List.copyOf(kept);
    }

    static void itemCount(Violations found, int count) {
        found.check(count >= 1, ProgramFields.ITEMS, "Add at least one exercise")
                .check(
                        count <= ProgramContent.MAX_ITEMS,
                        ProgramFields.ITEMS,
                        "At most " + ProgramContent.MAX_ITEMS + " exercises in one program");
    }

    /** Each exercise appears once; a repeat is reported at its own position, naming the first one. */
    static void noRepeatedExercise(Violations found, List<ExerciseId> exercises) {
        var firstPosition = new HashMap<ExerciseId, Integer>();
        for (int position = 0; position < exercises.size(); position++) {
            var first = firstPosition.putIfAbsent(exercises.get(position), position);
            if (first != null) {
                found.add(
                        ProgramFields.itemExercise(position),
                        "This exercise is already exercise " + (first + 1)
                                + " of the program; change that one's dosage instead");
            }
        }
    }

    static Optional<String> note(Violations found, int position, String raw) {
        return optionalText(found, ProgramFields.itemNote(position), raw, ProgramItem.MAX_NOTE_LENGTH, "A note");
    }

    static Optional<String> freeTextAdvice(Violations found, String raw) {
        return optionalText(
                found, ProgramFields.FREE_TEXT_ADVICE, raw, ProgramContent.MAX_FREE_TEXT_ADVICE_LENGTH, "The advice");
    }

    /** The dosage from form values; its refusals are reported under the item, e.g. "program.items[3].dosage.sets". */
    static Optional<Dosage> dosage(Violations found, int position, Dosage.Builder raw) {
        try {
            return Optional.of(raw.build());
        } catch (InvalidInputException refused) {
            refused.violations()
                    .forEach(violation ->
                            found.add(ProgramFields.itemDosage(position, violation.field()), violation.message()));
            return Optional.empty();
        }
    }

    /** Stripped text, empty when blank; refused when longer than {@code max}. */
    static Optional<String> optionalText(Violations found, String field, String raw, int max, String label) {
        String text = raw.strip();
        found.check(text.length() <= max, field, label + " must be at most " + max + " characters");
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
