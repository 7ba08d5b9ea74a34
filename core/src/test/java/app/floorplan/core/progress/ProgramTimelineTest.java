package app.floorplan.core.progress;

import static app.floorplan.core.progress.PracticeFixtures.PT;
import static app.floorplan.core.progress.PracticeFixtures.START;
import static app.floorplan.core.progress.PracticeFixtures.instant;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.ProgramFixtures;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A phase starts with the first version that has it, counting back from the current version. */
class ProgramTimelineTest {

    @Test
    void a_phase_starts_with_its_first_version_and_later_changes_within_it_do_not_restart_it() {
        var program = HomeProgram.start(
                PracticeFixtures.PROGRAM,
                PracticeFixtures.PATIENT,
                ProgramFixtures.content(ProgramPhase.BREATH_AND_CONNECTION, "heel-slides"),
                PT,
                instant(START));
        program = revised(program, ProgramPhase.STABILITY, "heel-slides", 7);
        program = revised(program, ProgramPhase.STABILITY, "dead-bug-marching", 14);

        var timeline = ProgramTimeline.of(program, ZoneOffset.UTC);

        assertThat(timeline.phaseStart()).isEqualTo(START.plusDays(7));
        assertThat(timeline.versionStart()).isEqualTo(START.plusDays(14));
    }

    @Test
    void going_back_to_a_phase_starts_it_again() {
        var program = HomeProgram.start(
                PracticeFixtures.PROGRAM,
                PracticeFixtures.PATIENT,
                ProgramFixtures.content(ProgramPhase.STABILITY, "heel-slides"),
                PT,
                instant(START));
        program = revised(program, ProgramPhase.BREATH_AND_CONNECTION, "heel-slides", 7);
        program = revised(program, ProgramPhase.STABILITY, "heel-slides", 14);

        assertThat(ProgramTimeline.of(program, ZoneOffset.UTC).phaseStart()).isEqualTo(START.plusDays(14));
    }

    private static HomeProgram revised(HomeProgram program, ProgramPhase phase, String code, int daysAfterStart) {
        var next = program.revise(
                ProgramFixtures.content(phase, code),
                PT,
                instant(START.plusDays(daysAfterStart)),
                "Progressed",
                false,
                program.current().number());
        return program.with(next);
    }
}
