package app.floorplan.core.exercise;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.exercise.library.StandardExerciseLibrary;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.Role;
import app.floorplan.core.validation.EditConflictException;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.core.validation.Violations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Use cases of the exercise library as one clinic sees it: the built-ins merged with the clinic's own exercises.
 *
 * <p>Roles: PTs and clinic admins search and open exercises. Both may also add, change, retire and reinstate the
 * clinic's own exercises: exercises are clinical content that PTs write, and admins curate the library (domain brief);
 * every change is audited with who made it. Built-ins are read-only (copy one with {@code ExerciseDraft.of(builtIn)}
 * and {@link #create}). A clinic never sees or changes another clinic's exercises: they read like unknown ids.
 *
 * <p>Audit: {@code EXERCISE_CREATED}, {@code EXERCISE_CHANGED} (also a reinstatement) and {@code EXERCISE_RETIRED}.
 * Reading the library is not audited (no patient data).
 */
public class ExerciseLibrary {

    private static final String THIS_EXERCISE = "This exercise";

    private final StandardExerciseLibrary builtIns;
    private final ClinicExerciseRepository exercises;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    public ExerciseLibrary(
            StandardExerciseLibrary builtIns,
            ClinicExerciseRepository exercises,
            CurrentActor currentActor,
            AuditTrail audit) {
        this.builtIns = builtIns;
        this.exercises = exercises;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    /**
     * One page of the library: built-ins and the clinic's own exercises matching the search, in
     * {@link ExerciseSearch#ORDER}.
     *
     * @param search must be for the actor's own clinic
     * @param offset how many matches to skip, 0 or more
     * @param limit the page size, 1 or more
     */
    @RolesAllowed({"PT", "ADMIN"})
    @Transactional
    public List<Exercise> search(ExerciseSearch search, int offset, int limit) {
        staff().requireClinic(search.clinic());
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset >= 0 and limit >= 1, got " + offset + ", " + limit);
        }
        List<Exercise> matchingBuiltIns = search.applyTo(builtIns.exercises());
        // the page of the merged list lies within the first offset + limit of each part
        int wanted = (int) Math.min(Integer.MAX_VALUE, (long) offset + limit);
        List<Exercise> merged = new ArrayList<>(matchingBuiltIns);
        merged.addAll(exercises.search(search, 0, wanted));
        merged.sort(ExerciseSearch.ORDER);
        if (offset >= merged.size()) {
            return List.of();
        }
        return List.copyOf(merged.subList(offset, Math.min(merged.size(), wanted)));
    }

    /** How many exercises {@link #search} finds in all, for the list's size and its empty state. */
    @RolesAllowed({"PT", "ADMIN"})
    @Transactional
    public int count(ExerciseSearch search) {
        staff().requireClinic(search.clinic());
        return search.applyTo(builtIns.exercises()).size() + exercises.count(search);
    }

    /**
     * A built-in (version 0) or one of the clinic's own exercises, retired ones included; empty for another clinic's
     * exercise or an unknown id.
     */
    @RolesAllowed({"PT", "ADMIN"})
    @Transactional
    public Optional<StoredExercise> open(ExerciseId id) {
        Actor actor = staff();
        return builtIns.find(id).map(StoredExercise::builtIn).or(() -> exercises.findById(actor.clinicId(), id));
    }

    /**
     * Adds a new exercise to the clinic's library (also a copy of a built-in, via {@code ExerciseDraft.of(builtIn)}).
     *
     * @throws InvalidInputException with every refused field, including variants the clinic cannot see
     */
    @RolesAllowed({"PT", "ADMIN"})
    @Transactional
    public StoredExercise create(ExerciseDraft draft) {
        Actor actor = staff();
        Exercise created = draft.createFor(actor.clinicId());
        checkVariants(actor, created);
        exercises.add(created);
        audit.record(actor, AuditAction.EXERCISE_CREATED, created.id().value());
        return new StoredExercise(created, 1);
    }

    /**
     * Saves the changed content of one of the clinic's own exercises; its id, owner and retired flag stay.
     *
     * @param openedVersion the version the person opened and edited
     * @throws InvalidInputException with every refused field; a built-in is refused on {@link ExerciseFields#EXERCISE}
     * @throws EditConflictException when someone else saved the exercise since it was opened
     */
    @RolesAllowed({"PT", "ADMIN"})
    @Transactional
    public StoredExercise revise(ExerciseId id, long openedVersion, ExerciseDraft draft) {
        Actor actor = staff();
        StoredExercise stored = own(actor, id);
        Exercise revised = draft.revise(stored.exercise());
        checkVariants(actor, revised);
        return save(actor, revised, stored, openedVersion, AuditAction.EXERCISE_CHANGED);
    }

    /** No longer offered for new programs; existing programs keep it. */
    @RolesAllowed({"PT", "ADMIN"})
    @Transactional
    public StoredExercise retire(ExerciseId id, long openedVersion) {
        Actor actor = staff();
        StoredExercise stored = own(actor, id);
        return save(actor, stored.exercise().retire(), stored, openedVersion, AuditAction.EXERCISE_RETIRED);
    }

    /** Offers a retired exercise for new programs again. */
    @RolesAllowed({"PT", "ADMIN"})
    @Transactional
    public StoredExercise reinstate(ExerciseId id, long openedVersion) {
        Actor actor = staff();
        StoredExercise stored = own(actor, id);
        return save(actor, stored.exercise().reinstate(), stored, openedVersion, AuditAction.EXERCISE_CHANGED);
    }

    private StoredExercise save(
            Actor actor, Exercise changed, StoredExercise stored, long openedVersion, AuditAction action) {
        if (stored.version() != openedVersion || !exercises.update(changed, openedVersion)) {
            throw new EditConflictException(THIS_EXERCISE);
        }
        audit.record(actor, action, changed.id().value());
        return new StoredExercise(changed, openedVersion + 1);
    }

    private StoredExercise own(Actor actor, ExerciseId id) {
        if (builtIns.find(id).isPresent()) {
            throw new InvalidInputException(
                    ExerciseFields.EXERCISE, "Built-in exercises cannot be changed; copy it to make your own version");
        }
        // another clinic's exercise reads exactly like a missing one
        return exercises
                .findById(actor.clinicId(), id)
                .orElseThrow(() -> AccessRefusedException.noSuchRecord("exercise not in the actor's clinic"));
    }

    /** Variant links must point at exercises the clinic can see: a built-in or one of its own. */
    private void checkVariants(Actor actor, Exercise exercise) {
        var found = new Violations();
        exercise.variants()
                .easier()
                .filter(linked -> !visible(actor, linked))
                .ifPresent(linked ->
                        found.add(ExerciseFields.EASIER_VARIANT, "This exercise is not in your clinic's library"));
        exercise.variants()
                .harder()
                .filter(linked -> !visible(actor, linked))
                .ifPresent(linked ->
                        found.add(ExerciseFields.HARDER_VARIANT, "This exercise is not in your clinic's library"));
        found.throwIfAny();
    }

    private boolean visible(Actor actor, ExerciseId id) {
        return builtIns.find(id).isPresent()
                || exercises.findById(actor.clinicId(), id).isPresent();
    }

    private Actor staff() {
        return currentActor.require().requireRole(Role.PT, Role.ADMIN);
    }
}
