package app.floorplan.core.program;

import static app.floorplan.core.program.ProgramFixtures.BREATHING;
import static app.floorplan.core.program.ProgramFixtures.DEAD_BUG_MARCHING;
import static app.floorplan.core.program.ProgramFixtures.HEEL_SLIDES;
import static app.floorplan.core.program.ProgramFixtures.NOW;
import static app.floorplan.core.program.ProgramFixtures.PATIENT;
import static app.floorplan.core.program.ProgramFixtures.PT;
import static app.floorplan.core.program.ProgramFixtures.WALL_BUG_PRESS;
import static app.floorplan.core.program.ProgramFixtures.draft;
import static app.floorplan.core.program.ProgramFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import app.floorplan.core.exercise.dosage.Dosage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgramDiffTest {

    private final ProgramContent before = draft(
                    ProgramPhase.BREATH_AND_CONNECTION, BREATHING, HEEL_SLIDES, WALL_BUG_PRESS)
            .goals(List.of("Feed without upper back pain"))
            .advice(Set.of(DailyLifeAdvice.FEEDING_SET_UP))
            .build();

    private List<String> linesTo(ProgramContentDraft after) {
        return ProgramDiff.between(before, after.build()).lines(ProgramFixtures::nameOf);
    }

    private ProgramContentDraft same() {
        return ProgramContentDraft.of(before);
    }

    @Test
    void a_phase_change_reads_with_both_phases() {
        assertThat(linesTo(same().phase(ProgramPhase.STABILITY)))
                .containsExactly("Phase 1 Breath and connection -> 2 Stability");
    }

    @Test
    void an_added_exercise_reads_with_its_dosage_and_a_removed_one_by_name() {
        var after = same().items(List.of(same().items().get(0), same().items().get(2)))
                .addItem(id(DEAD_BUG_MARCHING), Dosage.builder().sets(2).reps(8).perSide(), "");

        assertThat(linesTo(after))
                .containsExactly(
                        "Added: Dead bug level 1: marching (2 sets of 8 reps each side)", "Removed: Heel slides");
    }

    @Test
    void a_changed_dosage_reads_old_to_new_for_the_patient_and_the_clinician() {
        var rows = same().items();
        var after = same().items(List.of(
                rows.get(0),
                rows.get(1),
                new ProgramContentDraft.ItemDraft(
                        id(WALL_BUG_PRESS), Dosage.builder().reps(8).perSide().holdSeconds(5, 10), "")));

        var diff = ProgramDiff.between(before, after.build());

        assertThat(diff.lines(ProgramFixtures::nameOf))
                .containsExactly(
                        "Wall bug press: 5 reps each side, hold 5-10 seconds -> 8 reps each side, hold 5-10 seconds");
        assertThat(diff.dosageChanges().getFirst().forClinician())
                .isEqualTo("5 reps /side, hold 5-10 s -> 8 reps /side, hold 5-10 s");
    }

    @Test
    void notes_read_as_added_changed_and_removed() {
        var rows = same().items();
        var withNotes = same().items(List.of(
                        new ProgramContentDraft.ItemDraft(
                                rows.get(0).exercise(), rows.get(0).dosage(), "Hands on ribs"),
                        new ProgramContentDraft.ItemDraft(
                                rows.get(1).exercise(), rows.get(1).dosage(), "Slow"),
                        rows.get(2)))
                .build();
        var after = ProgramContentDraft.of(withNotes)
                .items(List.of(
                        new ProgramContentDraft.ItemDraft(
                                rows.get(0).exercise(), rows.get(0).dosage(), "Exhale long"),
                        new ProgramContentDraft.ItemDraft(
                                rows.get(1).exercise(), rows.get(1).dosage(), ""),
                        new ProgramContentDraft.ItemDraft(
                                rows.get(2).exercise(), rows.get(2).dosage(), "Ribs down")))
                .build();

        assertThat(ProgramDiff.between(withNotes, after).lines(ProgramFixtures::nameOf))
                .containsExactly(
                        "360° breathing: note changed to \"Exhale long\"",
                        "Heel slides: note removed",
                        "Wall bug press: note added: \"Ribs down\"");
    }

    @Test
    void goals_advice_order_and_written_advice_each_get_a_line() {
        var rows = same().items();
        var after = same().goals(List.of("Lift the car seat"))
                .items(List.of(rows.get(2), rows.get(0), rows.get(1)))
                .advice(Set.of(DailyLifeAdvice.LIFTING))
                .freeTextAdvice("Walk daily");

        assertThat(linesTo(after))
                .containsExactly(
                        "Goal added: Lift the car seat",
                        "Goal removed: Feed without upper back pain",
                        "Exercises in a new order",
                        "Advice added: Lifting your baby, car seat and shopping",
                        "Advice removed: Feeding set-up",
                        "Written advice changed");
    }

    @Test
    void removing_an_exercise_does_not_count_as_reordering_the_rest() {
        var rows = same().items();
        var diff = ProgramDiff.between(
                before, same().items(List.of(rows.get(0), rows.get(2))).build());

        assertThat(diff.reordered()).isFalse();
    }

    @Test
    void two_versions_compare_by_their_content_and_identical_content_has_no_changes() {
        var program = HomeProgram.start(HomeProgramId.random(), PATIENT, before, PT, NOW);
        var second = program.revise(same().phase(ProgramPhase.STABILITY).build(), PT, NOW, "Progress", false, 1);

        assertThat(ProgramDiff.between(program.current(), second).phase())
                .contains(new ProgramDiff.PhaseChange(ProgramPhase.BREATH_AND_CONNECTION, ProgramPhase.STABILITY));
        assertThat(ProgramDiff.between(before, same().build()).isEmpty()).isTrue();
        assertThat(ProgramDiff.between(before, same().build()).lines(ProgramFixtures::nameOf))
                .isEmpty();
    }
}
