package app.floorplan.core.program;

import static app.floorplan.core.program.ProgramFixtures.BREATHING;
import static app.floorplan.core.program.ProgramFixtures.HEEL_SLIDES;
import static app.floorplan.core.program.ProgramFixtures.NOW;
import static app.floorplan.core.program.ProgramFixtures.PATIENT;
import static app.floorplan.core.program.ProgramFixtures.PT;
import static app.floorplan.core.program.ProgramFixtures.WALL_BUG_PRESS;
import static app.floorplan.core.program.ProgramFixtures.content;
import static app.floorplan.core.testing.Refusals.refusals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.validation.EditConflictException;
import app.floorplan.core.validation.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HomeProgramTest {

    private static final Instant LATER = NOW.plusSeconds(6 * 7 * 24 * 3600);
    private static final AccountId OTHER_PT = AccountId.random();

    private final ProgramContent phaseOne = content(ProgramPhase.BREATH_AND_CONNECTION, BREATHING, HEEL_SLIDES);
    private final ProgramContent phaseTwo = content(ProgramPhase.STABILITY, BREATHING, WALL_BUG_PRESS);
    private final HomeProgram program = HomeProgram.start(HomeProgramId.random(), PATIENT, phaseOne, PT, NOW);

    @Test
    void a_new_program_is_version_1_without_a_reason() {
        var first = program.current();

        assertThat(first.number()).isEqualTo(1);
        assertThat(first.content()).isEqualTo(phaseOne);
        assertThat(first.author()).isEqualTo(PT);
        assertThat(first.createdAt()).isEqualTo(NOW);
        assertThat(first.reason()).isEmpty();
        assertThat(program.patient()).isEqualTo(PATIENT);
    }

    @Test
    void a_revision_is_the_next_version_with_its_reason_and_the_old_version_stays() {
        var second = program.revise(phaseTwo, OTHER_PT, LATER, "No doming at re-assessment", true, 1);
        var revised = program.with(second);

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.program()).isEqualTo(program.id());
        assertThat(second.author()).isEqualTo(OTHER_PT);
        assertThat(second.reason()).contains("No doming at re-assessment");
        assertThat(second.reasonForPatient()).contains("No doming at re-assessment");
        assertThat(revised.current()).isEqualTo(second);
        assertThat(revised.versions()).extracting(HomeProgramVersion::content).containsExactly(phaseOne, phaseTwo);
        assertThat(revised.version(1)).contains(program.current());
        assertThat(program.versions()).as("the program itself is unchanged").hasSize(1);
    }

    @Test
    void a_revision_of_a_version_that_is_no_longer_current_is_an_edit_conflict() {
        var revised = program.with(program.revise(phaseTwo, PT, LATER, "Progress", false, 1));

        assertThatThrownBy(() -> revised.revise(phaseOne, OTHER_PT, LATER, "Regress", false, 1))
                .isInstanceOf(EditConflictException.class);
    }

    @Test
    void a_revision_that_changes_nothing_is_refused() {
        var same = content(ProgramPhase.BREATH_AND_CONNECTION, BREATHING, HEEL_SLIDES);

        assertThat(refusals(() -> program.revise(same, PT, LATER, "Checked again", false, 1)))
                .containsExactly(
                        new Violation("program", "Nothing was changed: a new version needs at least one change"));
    }

    @Test
    void a_revision_needs_a_reason_of_at_most_1000_characters_like_every_other_correction() {
        assertThat(refusals(() -> program.revise(phaseTwo, PT, LATER, "  ", false, 1)))
                .containsExactly(new Violation(
                        "program.reason",
                        "Say why this version replaces the previous one, e.g. what was wrong or what the"
                                + " re-assessment showed"));
        assertThat(refusals(() -> program.revise(phaseTwo, PT, LATER, "r".repeat(1001), false, 1)))
                .containsExactly(new Violation("program.reason", "The reason can have at most 1000 characters"));

        var longest = program.revise(phaseTwo, PT, LATER, "r".repeat(1000), false, 1);

        assertThat(longest.reason()).contains("r".repeat(1000));
    }

    @Test
    void a_version_number_below_one_is_refused_like_a_record_revision() {
        assertThat(refusals(() ->
                        new HomeProgramVersion(program.id(), PATIENT, 0, phaseOne, PT, NOW, Optional.empty(), false)))
                .containsExactly(new Violation("program.number", "The version number starts at 1"));
    }

    @Test
    void only_a_reason_can_be_shown_to_the_patient() {
        var first = new HomeProgramVersion(program.id(), PATIENT, 1, phaseOne, PT, NOW, Optional.of(" "), true);

        assertThat(first.reasonVisibleToPatient()).isFalse();
        assertThat(first.reasonForPatient()).isEmpty();
    }

    @Test
    void a_reason_kept_from_the_patient_is_still_recorded() {
        var second = program.revise(phaseTwo, PT, LATER, "Pain flared after the bridge", false, 1);

        assertThat(second.reason()).contains("Pain flared after the bridge");
        assertThat(second.reasonForPatient()).isEmpty();
    }

    @Test
    void versions_form_an_unbroken_chain_of_one_program() {
        var first = program.current();
        var third = new HomeProgramVersion(program.id(), PATIENT, 3, phaseTwo, PT, LATER, Optional.of("Skip"), false);
        var otherProgram = new HomeProgramVersion(
                HomeProgramId.random(), PATIENT, 2, phaseTwo, PT, LATER, Optional.of("x"), false);

        assertThatThrownBy(() -> new HomeProgram(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HomeProgram(List.of(first, third))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> program.with(otherProgram)).isInstanceOf(IllegalArgumentException.class);
    }
}
