package app.floorplan.core.program;

import app.floorplan.core.identity.PatientId;
import java.util.Optional;

/**
 * Port: where home program versions are kept. A patient has at most one home program; versions are only ever added,
 * never changed or deleted. Loading a program costs a bounded number of SQL statements whatever its number of versions
 * and items.
 */
public interface HomeProgramRepository {

    /** The patient's program with every version, oldest first; empty before the first prescription. */
    Optional<HomeProgram> current(PatientId patient);

    /** Stores the first version (number 1) of a new program. */
    void add(HomeProgramVersion first);

    /**
     * Stores the next version when the newest stored version is still {@code expectedPreviousNumber} (optimistic
     * locking: a unique key on program id and version number does it in one insert).
     *
     * @return false when someone else added a version in between (nothing written)
     */
    boolean addVersion(HomeProgramVersion version, int expectedPreviousNumber);
}
