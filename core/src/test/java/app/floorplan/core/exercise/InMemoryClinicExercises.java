package app.floorplan.core.exercise;

import app.floorplan.core.identity.ClinicId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fake that keeps the repository contract: clinic-owned exercises only, scoped by clinic, versioned rows. */
final class InMemoryClinicExercises implements ClinicExerciseRepository {

    private final Map<ExerciseId, StoredExercise> byId = new LinkedHashMap<>();

    @Override
    public Optional<StoredExercise> findById(ClinicId clinic, ExerciseId id) {
        return Optional.ofNullable(byId.get(id))
                .filter(stored -> stored.exercise().isOwnedBy(clinic));
    }

    @Override
    public List<Exercise> search(ExerciseSearch search, int offset, int limit) {
        return search.applyTo(ownedBy(search.clinic())).stream()
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public int count(ExerciseSearch search) {
        return search.applyTo(ownedBy(search.clinic())).size();
    }

    @Override
    public void add(Exercise exercise) {
        if (exercise.isBuiltIn() || byId.containsKey(exercise.id())) {
            throw new IllegalStateException("only new clinic-owned exercises are added");
        }
        byId.put(exercise.id(), new StoredExercise(exercise, 1));
    }

    @Override
    public boolean update(Exercise exercise, long expectedVersion) {
        var stored = byId.get(exercise.id());
        if (stored == null
                || stored.version() != expectedVersion
                || !stored.exercise().owner().equals(exercise.owner())) {
            return false;
        }
        byId.put(exercise.id(), new StoredExercise(exercise, expectedVersion + 1));
        return true;
    }

    private List<Exercise> ownedBy(ClinicId clinic) {
        return byId.values().stream()
                .map(StoredExercise::exercise)
                .filter(exercise -> exercise.isOwnedBy(clinic))
                .toList();
    }
}
