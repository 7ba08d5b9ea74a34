package app.floorplan.core.program;

import static app.floorplan.core.program.ProgramFixtures.BREATHING;
import static app.floorplan.core.program.ProgramFixtures.HEEL_SLIDES;
import static app.floorplan.core.program.ProgramFixtures.WALL_BUG_PRESS;
import static app.floorplan.core.program.ProgramFixtures.content;
import static app.floorplan.core.program.ProgramFixtures.draft;
import static app.floorplan.core.program.ProgramFixtures.exercise;
import static app.floorplan.core.program.ProgramFixtures.id;
import static app.floorplan.core.testing.Refusals.refusals;
import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.validation.Violation;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProgramContentTest {

    @Test
    void a_pt_builds_a_program_with_phase_goals_exercises_and_advice() {
        var program = draft(ProgramPhase.BREATH_AND_CONNECTION, BREATHING, HEEL_SLIDES)
                .goals(List.of("  Lift the car seat without back pain ", "", "Feed for 30 minutes comfortably"))
                .advice(Set.of(DailyLifeAdvice.LIFTING, DailyLifeAdvice.FEEDING_SET_UP))
                .freeTextAdvice("  Walk with the pram every day. ")
                .build();

        assertThat(program.phase()).isEqualTo(ProgramPhase.BREATH_AND_CONNECTION);
        assertThat(program.goals())
                .as("stripped, blank rows dropped")
                .containsExactly("Lift the car seat without back pain", "Feed for 30 minutes comfortably");
        assertThat(program.items()).extracting(ProgramItem::position).containsExactly(0, 1);
        assertThat(program.items()).extracting(ProgramItem::exercise).containsExactly(id(BREATHING), id(HEEL_SLIDES));
        assertThat(program.items().get(1).dosage())
                .isEqualTo(exercise(HEEL_SLIDES).defaultDosage());
        assertThat(program.advice())
                .as("shown in a fixed order")
                .containsExactly(DailyLifeAdvice.FEEDING_SET_UP, DailyLifeAdvice.LIFTING);
        assertThat(program.freeTextAdvice()).contains("Walk with the pram every day.");
    }

    @Test
    void a_note_and_a_changed_dosage_are_kept_per_exercise() {
        var program = new ProgramContentDraft()
                .phase(ProgramPhase.STABILITY)
                .addItem(id(WALL_BUG_PRESS), Dosage.builder().reps(8).perSide().holdSeconds(5, 10), " Ribs down ")
                .build();

        var item = program.items().getFirst();
        assertThat(item.note()).contains("Ribs down");
        assertThat(item.dosage().reps())
                .hasValueSatisfying(reps -> assertThat(reps.low()).isEqualTo(8));
    }

    static Stream<Arguments> refusedForms() {
        return Stream.of(
                refused(
                        "no phase chosen",
                        d -> new ProgramContentDraft().addItem(id(BREATHING), defaultOf(BREATHING), ""),
                        "program.phase"),
                refused("no exercise", d -> new ProgramContentDraft().phase(ProgramPhase.STABILITY), "program.items"),
                refused("41 exercises", d -> withExercises(41), "program.items"),
                refused("six goals", d -> d.goals(Collections.nCopies(6, "A goal")), "program.goals"),
                refused("a goal of 201 characters", d -> d.goals(List.of("g".repeat(201))), "program.goals[0]"),
                refused(
                        "a long goal after a blank row is reported at its own row",
                        d -> d.goals(List.of(" ", "g".repeat(201))),
                        "program.goals[1]"),
                refused(
                        "the same exercise twice",
                        d -> d.addItem(id(BREATHING), defaultOf(BREATHING), ""),
                        "program.items[2].exercise"),
                refused(
                        "21 sets",
                        d -> d.addItem(
                                id(WALL_BUG_PRESS), Dosage.builder().sets(21).reps(5), ""),
                        "program.items[2].dosage.sets"),
                refused(
                        "a dosage that says nothing about the amount",
                        d -> d.addItem(id(WALL_BUG_PRESS), Dosage.builder().sets(2), ""),
                        "program.items[2].dosage"),
                refused(
                        "a note of 501 characters",
                        d -> d.addItem(id(WALL_BUG_PRESS), defaultOf(WALL_BUG_PRESS), "n".repeat(501)),
                        "program.items[2].note"),
                refused(
                        "advice of 2001 characters",
                        d -> d.freeTextAdvice("a".repeat(2001)),
                        "program.freeTextAdvice"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedForms")
    void a_form_with_a_problem_is_refused_under_the_field_key(
            String problem, UnaryOperator<ProgramContentDraft> edit, String field) {
        var form = edit.apply(draft(ProgramPhase.BREATH_AND_CONNECTION, BREATHING, HEEL_SLIDES));

        assertThat(refusedFields(form::build)).containsExactly(field);
    }

    @Test
    void every_problem_of_a_form_is_reported_at_once() {
        var form = new ProgramContentDraft()
                .goals(List.of("g".repeat(201)))
                .addItem(id(BREATHING), Dosage.builder().reps(0), "")
                .addItem(id(BREATHING), defaultOf(BREATHING), "n".repeat(501));

        assertThat(refusedFields(form::build))
                .containsExactlyInAnyOrder(
                        "program.phase",
                        "program.goals[0]",
                        "program.items[1].exercise",
                        "program.items[0].dosage.reps",
                        "program.items[1].note");
    }

    @Test
    void a_repeated_exercise_names_the_row_it_repeats() {
        var form = draft(ProgramPhase.STABILITY, BREATHING, HEEL_SLIDES, BREATHING);

        assertThat(refusals(form::build))
                .extracting(Violation::message)
                .containsExactly(
                        "This exercise is already exercise 1 of the program; change that one's dosage instead");
    }

    @Test
    void stored_content_is_checked_by_the_same_rules() {
        var breathing =
                content(ProgramPhase.BREATH_AND_CONNECTION, BREATHING).items().getFirst();
        var again = new ProgramItem(1, breathing.exercise(), breathing.dosage(), Optional.empty());

        assertThat(refusedFields(() -> new ProgramContent(
                        ProgramPhase.STABILITY, List.of(), List.of(breathing, again), Set.of(), Optional.empty())))
                .containsExactly("program.items[1].exercise");
        assertThat(refusedFields(() ->
                        new ProgramItem(4, breathing.exercise(), breathing.dosage(), Optional.of("n".repeat(501)))))
                .containsExactly("program.items[4].note");
    }

    @Test
    void items_must_be_stored_in_position_order() {
        var items = content(ProgramPhase.STABILITY, BREATHING, HEEL_SLIDES).items();

        assertThatThrownBy(() -> new ProgramContent(
                        ProgramPhase.STABILITY, List.of(), items.reversed(), Set.of(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_form_filled_with_a_program_builds_the_same_program() {
        var program = draft(ProgramPhase.STABILITY, BREATHING, WALL_BUG_PRESS)
                .goals(List.of("Carry the baby upstairs"))
                .advice(Set.of(DailyLifeAdvice.POSTURE))
                .freeTextAdvice("Short walks.")
                .build();

        assertThat(ProgramContentDraft.of(program).build()).isEqualTo(program);
    }

    private static Arguments refused(String problem, UnaryOperator<ProgramContentDraft> edit, String field) {
        return Arguments.of(problem, edit, field);
    }

    private static Dosage.Builder defaultOf(String code) {
        return exercise(code).defaultDosage().toBuilder();
    }

    private static ProgramContentDraft withExercises(int count) {
        var rows = Stream.generate(() -> new ProgramContentDraft.ItemDraft(
                        ExerciseId.random(), Dosage.builder().reps(10), ""))
                .limit(count)
                .toList();
        return new ProgramContentDraft().phase(ProgramPhase.STABILITY).items(rows);
    }
}
