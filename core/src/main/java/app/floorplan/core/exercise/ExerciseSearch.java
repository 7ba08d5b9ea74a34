package app.floorplan.core.exercise;

import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.validation.InvalidInputException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A search over the exercise library as one clinic sees it. This is the reference semantics: an in-memory repository
 * uses {@link #applyTo}, and a database query must return the same exercises in the same order.
 *
 * <ul>
 *   <li><b>Visibility</b>: built-in exercises plus those owned by {@code clinic}; never another clinic's.
 *   <li><b>Categories / phases</b>: an empty set means any; otherwise the exercise's value is one of the set.
 *   <li><b>Text</b>: split on whitespace into terms, each lower-cased ({@link Locale#ROOT}); every term must occur
 *       somewhere in the lower-cased name or purpose (a term may match the name and another the purpose). Plain
 *       substring match: no wildcards, no accent folding. Blank text matches everything. In SQL:
 *       {@code strpos(lower(name), :term) > 0 OR strpos(lower(purpose), :term) > 0} per term (strpos, so {@code %} and
 *       {@code _} in a term are not wildcards).
 *   <li><b>Retired</b>: left out unless {@code includeRetired}.
 *   <li><b>Order</b>: phase number, then lower-cased name by code point, then id as text; in SQL {@code ORDER BY
 *       phase_number, lower(name) COLLATE "C", id::text}.
 * </ul>
 *
 * @param text free text as typed, at most {@value #MAX_TEXT_LENGTH} characters
 */
public record ExerciseSearch(
        ClinicId clinic,
        Set<ExerciseCategory> categories,
        Set<ProgramPhase> phases,
        String text,
        boolean includeRetired) {

    public static final String TEXT_FIELD = "exerciseSearch.text";
    public static final int MAX_TEXT_LENGTH = 100;

    /** Phase, then name ignoring case, then id: total, so paging is stable. */
    public static final Comparator<Exercise> ORDER = Comparator.comparingInt(
                    (Exercise exercise) -> exercise.phase().number())
            .thenComparing(exercise -> exercise.name().toLowerCase(Locale.ROOT))
            .thenComparing(exercise -> exercise.id().toString());

    public ExerciseSearch {
        Objects.requireNonNull(clinic, "clinic");
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        phases = phases.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(phases));
        text = Objects.requireNonNull(text, "text").strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidInputException(
                    TEXT_FIELD, "Search text must be at most " + MAX_TEXT_LENGTH + " characters");
        }
    }

    /** Everything the clinic may see that is not retired. */
    public static ExerciseSearch forClinic(ClinicId clinic) {
        return new ExerciseSearch(clinic, Set.of(), Set.of(), "", false);
    }

    public ExerciseSearch inCategories(ExerciseCategory... chosen) {
        return new ExerciseSearch(clinic, Set.copyOf(Arrays.asList(chosen)), phases, text, includeRetired);
    }

    public ExerciseSearch inPhases(ProgramPhase... chosen) {
        return new ExerciseSearch(clinic, categories, Set.copyOf(Arrays.asList(chosen)), text, includeRetired);
    }

    public ExerciseSearch matchingText(String typed) {
        return new ExerciseSearch(clinic, categories, phases, typed, includeRetired);
    }

    public ExerciseSearch includingRetired() {
        return new ExerciseSearch(clinic, categories, phases, text, true);
    }

    /** The lower-cased terms that must all match; empty when there is no text. */
    public List<String> terms() {
        if (text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+")).toList();
    }

    public boolean matches(Exercise exercise) {
        return exercise.isVisibleTo(clinic)
                && (includeRetired || !exercise.retired())
                && (categories.isEmpty() || categories.contains(exercise.category()))
                && (phases.isEmpty() || phases.contains(exercise.phase()))
                && matchesText(exercise);
    }

    /** The matching exercises in {@link #ORDER}. */
    public List<Exercise> applyTo(Collection<Exercise> exercises) {
        return exercises.stream().filter(this::matches).sorted(ORDER).toList();
    }

    private boolean matchesText(Exercise exercise) {
        String name = exercise.name().toLowerCase(Locale.ROOT);
        String purpose = exercise.purpose().toLowerCase(Locale.ROOT);
        return terms().stream().allMatch(term -> name.contains(term) || purpose.contains(term));
    }
}
