package app.floorplan.core.program;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.validation.EditConflictException;
import app.floorplan.core.validation.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A patient's home program with its whole history: versions 1..n of one program, oldest first; the newest is what the
 * patient does now. A patient has at most one home program; changing it adds a version and never alters an old one.
 */
public record HomeProgram(List<HomeProgramVersion> versions) {

    private static final String THIS_PROGRAM = "This home program";

    public HomeProgram {
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a home program has at least its first version");
        }
        var first = versions.getFirst();
        for (int index = 0; index < versions.size(); index++) {
            var version = versions.get(index);
            if (version.number() != index + 1
                    || !version.program().equals(first.program())
                    || !version.patient().equals(first.patient())) {
                throw new IllegalArgumentException("versions must be 1..n of one program of one patient");
            }
        }
    }

    /** A new program: its first version, prescribed by {@code author}. */
    public static HomeProgram start(
            HomeProgramId id, PatientId patient, ProgramContent content, AccountId author, Instant at) {
        return new HomeProgram(
                List.of(new HomeProgramVersion(id, patient, 1, content, author, at, Optional.empty(), false)));
    }

    public HomeProgramId id() {
        return current().program();
    }

    public PatientId patient() {
        return current().patient();
    }

    /** The version the patient follows now. */
    public HomeProgramVersion current() {
        return versions.getLast();
    }

    public Optional<HomeProgramVersion> version(int number) {
        return number >= 1 && number <= versions.size() ? Optional.of(versions.get(number - 1)) : Optional.empty();
    }

    /**
     * The next version of the program; this program is not changed (store the version, then {@link #with} it).
     *
     * @param expectedVersion the version number the PT opened and edited
     * @throws EditConflictException when the program was revised since the PT opened it
     * @throws InvalidInputException when the content is the same as now, or the reason is missing or too long
     */
    public HomeProgramVersion revise(
            ProgramContent content,
            AccountId author,
            Instant at,
            String reason,
            boolean reasonVisibleToPatient,
            int expectedVersion) {
        var now = current();
        if (expectedVersion != now.number()) {
            throw new EditConflictException(THIS_PROGRAM);
        }
        if (content.equals(now.content())) {
            throw new InvalidInputException(
                    ProgramFields.PROGRAM, "Nothing was changed: a new version needs at least one change");
        }
        return new HomeProgramVersion(
                now.program(),
                now.patient(),
                now.number() + 1,
                content,
                author,
                at,
                Optional.of(reason),
                reasonVisibleToPatient);
    }

    /** This program with the next version appended, e.g. once the repository stored it. */
    public HomeProgram with(HomeProgramVersion next) {
        var all = new ArrayList<>(versions);
        all.add(next);
        return new HomeProgram(all);
    }
}
