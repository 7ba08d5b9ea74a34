package app.floorplan.core.program;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.validation.Violations;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A home program form, as typed: collects the values without refusing any, then {@link #build()} checks them all and
 * reports every problem at once, keyed by {@link ProgramFields} (e.g. {@code "program.items[3].dosage.sets"}).
 *
 * <p>A program is started from a blank form, from a template ({@link ProgramTemplate#startProgram()}), from the current
 * version ({@link #of(ProgramContent)}) or from accepted suggestions; the PT edits it before it is saved.
 */
public final class ProgramContentDraft {

    private @Nullable ProgramPhase phase;
    private List<String> goals = List.of();
    private List<ItemDraft> items = List.of();
    private Set<DailyLifeAdvice> advice = Set.of();
    private String freeTextAdvice = "";

    /**
     * One row of the exercise list, as typed.
     *
     * @param dosage the dosage inputs, checked when the draft is built
     */
    public record ItemDraft(ExerciseId exercise, Dosage.Builder dosage, String note) {
        public ItemDraft {
            Objects.requireNonNull(exercise, "exercise");
            Objects.requireNonNull(dosage, "dosage");
            Objects.requireNonNull(note, "note");
        }
    }

    /** A blank form. */
    public ProgramContentDraft() {}

    /** A form holding the content, for a revision of it or a new program from a template. */
    public static ProgramContentDraft of(ProgramContent content) {
        return new ProgramContentDraft()
                .phase(content.phase())
                .goals(content.goals())
                .items(content.items().stream()
                        .map(item -> new ItemDraft(
                                item.exercise(),
                                item.dosage().toBuilder(),
                                item.note().orElse("")))
                        .toList())
                .advice(content.advice())
                .freeTextAdvice(content.freeTextAdvice().orElse(""));
    }

    public ProgramContentDraft phase(ProgramPhase chosen) {
        phase = Objects.requireNonNull(chosen, "chosen");
        return this;
    }

    /** The goals in order; blank rows are ignored, problems are reported by their position in this list. */
    public ProgramContentDraft goals(List<String> texts) {
        goals = List.copyOf(texts);
        return this;
    }

    /** The exercise rows in the order the patient will see them; problems are reported by position in this list. */
    public ProgramContentDraft items(List<ItemDraft> rows) {
        items = List.copyOf(rows);
        return this;
    }

    /** Appends an exercise row. */
    public ProgramContentDraft addItem(ExerciseId exercise, Dosage.Builder dosage, String note) {
        var rows = new ArrayList<>(items);
        rows.add(new ItemDraft(exercise, dosage, note));
        items = List.copyOf(rows);
        return this;
    }

    public ProgramContentDraft advice(Set<DailyLifeAdvice> chosen) {
        advice = chosen.isEmpty() ? Set.of() : EnumSet.copyOf(chosen);
        return this;
    }

    public ProgramContentDraft freeTextAdvice(String text) {
        freeTextAdvice = Objects.requireNonNull(text, "text");
        return this;
    }

    /** The exercise rows as they stand, for the form to show. */
    public List<ItemDraft> items() {
        return items;
    }

    /** The program content, refusing every problem at once. */
    public ProgramContent build() {
        var found = new Violations();
        found.check(phase != null, ProgramFields.PHASE, "Choose the phase the patient is in");
        var checkedGoals = ProgramRules.goals(found, goals);
        ProgramRules.itemCount(found, items.size());
        ProgramRules.noRepeatedExercise(
                found, items.stream().map(ItemDraft::exercise).toList());
        var dosages = new ArrayList<Optional<Dosage>>();
        for (int position = 0; position < items.size(); position++) {
            dosages.add(ProgramRules.dosage(found, position, items.get(position).dosage()));
            ProgramRules.note(found, position, items.get(position).note());
        }
        var checkedAdvice = ProgramRules.freeTextAdvice(found, freeTextAdvice);
        found.throwIfAny();
        var built = new ArrayList<ProgramItem>();
        for (int position = 0; position < items.size(); position++) {
            var row = items.get(position);
            built.add(new ProgramItem(
                    position, row.exercise(), dosages.get(position).orElseThrow(), Optional.of(row.note())));
        }
        return new ProgramContent(Objects.requireNonNull(phase), checkedGoals, built, advice, checkedAdvice);
    }
}
