package app.floorplan.core.progress;

import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramVersion;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When the program's current version and its current phase began, on the clinic's calendar.
 *
 * @param versionStart the day the current version was prescribed
 * @param phaseStart the day of the first version with the current phase, counting back from the current one without a
 *     different phase in between (a program that went from phase 2 to 1 and back to 2 is in phase 2 since the return)
 */
public record ProgramTimeline(LocalDate versionStart, LocalDate phaseStart) {

    public ProgramTimeline {
        Objects.requireNonNull(versionStart, "versionStart");
        Objects.requireNonNull(phaseStart, "phaseStart");
        if (phaseStart.isAfter(versionStart)) {
            throw new IllegalArgumentException("a phase starts with a version, not after the current one");
        }
    }

    public static ProgramTimeline of(HomeProgram program, ZoneId zone) {
        var versions = program.versions();
        var current = program.current();
        HomeProgramVersion firstOfPhase = current;
        for (int index = versions.size() - 1; index >= 0; index--) {
            var version = versions.get(index);
            if (version.content().phase() != current.content().phase()) {
                break;
            }
            firstOfPhase = version;
        }
        return new ProgramTimeline(day(current, zone), day(firstOfPhase, zone));
    }

    private static LocalDate day(HomeProgramVersion version, ZoneId zone) {
        return version.createdAt().atZone(zone).toLocalDate();
    }
}
