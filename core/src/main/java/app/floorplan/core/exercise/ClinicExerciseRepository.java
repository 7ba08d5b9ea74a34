package app.floorplan.core.exercise;

import app.floorplan.core.identity.ClinicId;
import java.util.List;
import java.util.Optional;

/**
 * Port: where the clinics' own exercises are kept. Built-ins are not stored (they ship as code in
 * {@link app.floorplan.core.exercise.library.StandardExerciseLibrary}); the {@link ExerciseLibrary} use case merges the
 * two. Every query is scoped to one clinic; exercises are never deleted, only retired.
 */
public interface ClinicExerciseRepository {

    /** The clinic's own exercise, retired or not; empty for a built-in, another clinic's exercise or an unknown id. */
    Optional<StoredExercise> findById(ClinicId clinic, ExerciseId id);

    /**
     * The clinic's own exercises matching {@code search} with exactly the semantics of {@link ExerciseSearch} (its
     * text, category, phase and retired filters, in {@link ExerciseSearch#ORDER}), restricted to those owned by
     * {@code search.clinic()}: built-ins are not returned.
     *
     * @param offset how many matches to skip, 0 or more
     * @param limit at most this many, 1 or more
     */
    List<Exercise> search(ExerciseSearch search, int offset, int limit);

    /** How many of the clinic's own exercises {@link #search} would return without paging. */
    int count(ExerciseSearch search);

    /** Stores a new clinic-owned exercise with version 1. */
    void add(Exercise exercise);

    /**
     * Replaces the stored exercise when its version is still {@code expectedVersion}, and counts the version up.
     *
     * @return false when the exercise was changed by someone else (or does not exist in the clinic): nothing written
     */
    boolean update(Exercise exercise, long expectedVersion);
}
