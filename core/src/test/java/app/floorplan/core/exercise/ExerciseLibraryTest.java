package app.floorplan.core.exercise;

import static app.floorplan.core.exercise.ExerciseFixtures.completeDraft;
import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditEvent;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.exercise.library.StandardExerciseLibrary;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.validation.EditConflictException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExerciseLibraryTest {

    private static final StandardExerciseLibrary BUILT_INS = new StandardExerciseLibrary();

    private final ClinicId ourClinic = ClinicId.random();
    private final ClinicId otherClinic = ClinicId.random();
    private final InMemoryClinicExercises stored = new InMemoryClinicExercises();
    private final List<AuditEvent> audit = new ArrayList<>();
    private Actor actor = staff(Role.PT, ourClinic);
    private final ExerciseLibrary library =
            new ExerciseLibrary(BUILT_INS, stored, () -> actor, new AuditTrail(audit::add, Clock.systemUTC()));

    @Test
    void search_merges_the_built_ins_with_the_clinics_own_in_the_reference_order() {
        var own = library.create(completeDraft().name("Aardvark breathing")).exercise();
        stored.add(completeDraft().name("Other clinic's walk").createFor(otherClinic));

        var search = ExerciseSearch.forClinic(ourClinic);
        var all = new ArrayList<>(BUILT_INS.exercises());
        all.add(own);
        var expected = search.applyTo(all);

        assertThat(library.search(search, 0, 1000)).containsExactlyElementsOf(expected);
        assertThat(library.count(search)).isEqualTo(expected.size());
        assertThat(library.search(search, 0, 1000)).noneMatch(e -> e.isOwnedBy(otherClinic));
    }

    @Test
    void pages_put_together_are_the_whole_result() {
        for (int i = 0; i < 25; i++) {
            library.create(completeDraft()
                    .name("Own exercise " + i)
                    .phase(ProgramPhase.values()[i % 4])
                    .category(i % 2 == 0 ? ExerciseCategory.WALKING : ExerciseCategory.BREATHING));
        }
        var search =
                ExerciseSearch.forClinic(ourClinic).inCategories(ExerciseCategory.BREATHING, ExerciseCategory.WALKING);
        var whole = library.search(search, 0, 1000);

        var paged = new ArrayList<Exercise>();
        for (int offset = 0; offset < whole.size() + 7; offset += 7) {
            paged.addAll(library.search(search, offset, 7));
        }
        assertThat(paged).containsExactlyElementsOf(whole);
        assertThat(whole).hasSize(library.count(search)).anyMatch(Exercise::isBuiltIn);
        assertThat(library.search(search, whole.size(), 10)).isEmpty();
    }

    @Test
    void text_category_and_phase_filters_apply_to_built_ins_and_own_alike() {
        var own = library.create(completeDraft()
                        .name("Wall press seated")
                        .category(ExerciseCategory.DEEP_CORE)
                        .phase(ProgramPhase.BREATH_AND_CONNECTION))
                .exercise();

        var found = library.search(
                ExerciseSearch.forClinic(ourClinic).matchingText("wall PRESS").inCategories(ExerciseCategory.DEEP_CORE),
                0,
                50);

        assertThat(found).contains(own).anyMatch(Exercise::isBuiltIn);
        assertThat(found).allSatisfy(e -> assertThat(e.category()).isEqualTo(ExerciseCategory.DEEP_CORE));
    }

    @Test
    void a_pt_creates_revises_and_retires_an_own_exercise_and_each_change_is_audited() {
        var created = library.create(completeDraft());
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.exercise().isOwnedBy(ourClinic)).isTrue();

        var revised = library.revise(created.exercise().id(), 1, completeDraft().name("Pram push, longer walk"));
        assertThat(revised.version()).isEqualTo(2);
        assertThat(library.open(created.exercise().id())).contains(revised);

        var retired = library.retire(created.exercise().id(), 2);
        assertThat(retired.exercise().retired()).isTrue();
        assertThat(library.search(ExerciseSearch.forClinic(ourClinic), 0, 1000)).doesNotContain(retired.exercise());
        assertThat(library.search(ExerciseSearch.forClinic(ourClinic).includingRetired(), 0, 1000))
                .contains(retired.exercise());
        assertThat(library.open(created.exercise().id())).contains(retired);

        var reinstated = library.reinstate(created.exercise().id(), 3);
        assertThat(reinstated.exercise().retired()).isFalse();

        assertThat(audit)
                .extracting(AuditEvent::action)
                .containsExactly(
                        AuditAction.EXERCISE_CREATED,
                        AuditAction.EXERCISE_CHANGED,
                        AuditAction.EXERCISE_RETIRED,
                        AuditAction.EXERCISE_CHANGED);
        assertThat(audit).allSatisfy(event -> assertThat(event.actor()).contains(actor.accountId()));
        assertThat(audit).allSatisfy(event -> assertThat(event.record())
                .contains(created.exercise().id().value()));
    }

    @Test
    void a_clinic_admin_may_change_the_library_too() {
        actor = staff(Role.ADMIN, ourClinic);

        var created = library.create(completeDraft());

        assertThat(library.retire(created.exercise().id(), 1).exercise().retired())
                .isTrue();
    }

    @Test
    void saving_over_someone_elses_change_is_an_edit_conflict_and_nothing_is_written() {
        var created = library.create(completeDraft());
        library.revise(created.exercise().id(), 1, completeDraft().name("First edit"));
        audit.clear();

        assertThatThrownBy(() -> library.revise(
                        created.exercise().id(), 1, completeDraft().name("Stale edit")))
                .isInstanceOf(EditConflictException.class);
        assertThatThrownBy(() -> library.retire(created.exercise().id(), 1)).isInstanceOf(EditConflictException.class);

        var now = library.open(created.exercise().id()).orElseThrow();
        assertThat(now.exercise().name()).isEqualTo("First edit");
        assertThat(now.version()).isEqualTo(2);
        assertThat(audit).isEmpty();
    }

    @Test
    void built_ins_are_read_only_but_can_be_copied() {
        var builtIn = BUILT_INS.find(StandardExerciseLibrary.WALL_BUG_PRESS).orElseThrow();

        assertThat(library.open(builtIn.id())).contains(StoredExercise.builtIn(builtIn));
        assertThat(refusedFields(() -> library.revise(builtIn.id(), 0, ExerciseDraft.of(builtIn))))
                .containsExactly(ExerciseFields.EXERCISE);
        assertThat(refusedFields(() -> library.retire(builtIn.id(), 0))).containsExactly(ExerciseFields.EXERCISE);

        var copy = library.create(ExerciseDraft.of(builtIn).name("Our wall bug press"));
        assertThat(copy.exercise().isOwnedBy(ourClinic)).isTrue();
        assertThat(copy.exercise().defaultDosage()).isEqualTo(builtIn.defaultDosage());
    }

    @Test
    void variants_must_be_in_the_clinics_library() {
        var theirs = completeDraft().createFor(otherClinic);
        stored.add(theirs);
        var builtIn = BUILT_INS.find(StandardExerciseLibrary.WALL_BUG_PRESS).orElseThrow();

        assertThat(refusedFields(() -> library.create(completeDraft()
                        .easierVariant(Optional.of(theirs.id()))
                        .harderVariant(Optional.of(ExerciseId.random())))))
                .containsExactly(ExerciseFields.EASIER_VARIANT, ExerciseFields.HARDER_VARIANT);

        var linked = library.create(completeDraft().easierVariant(Optional.of(builtIn.id())));
        assertThat(linked.exercise().variants().easier()).contains(builtIn.id());
    }

    @Test
    void another_clinics_exercises_read_like_unknown_ones() {
        var theirs = completeDraft().createFor(otherClinic);
        stored.add(theirs);

        assertThat(library.open(theirs.id())).isEmpty();
        assertThatThrownBy(() -> library.revise(theirs.id(), 1, completeDraft().name("Taken over")))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> library.retire(theirs.id(), 1)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> library.search(ExerciseSearch.forClinic(otherClinic), 0, 10))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> library.count(ExerciseSearch.forClinic(otherClinic)))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(stored.findById(otherClinic, theirs.id()).orElseThrow().version())
                .isEqualTo(1);
    }

    @Test
    void patients_do_not_reach_the_library() {
        actor = new Actor(AccountId.random(), "Anna", Role.PATIENT, ourClinic, Optional.of(PatientId.random()));

        assertThatThrownBy(() -> library.search(ExerciseSearch.forClinic(ourClinic), 0, 10))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> library.create(completeDraft())).isInstanceOf(AccessRefusedException.class);
    }

    private static Actor staff(Role role, ClinicId clinic) {
        return new Actor(AccountId.random(), "Staff", role, clinic, Optional.empty());
    }
}
