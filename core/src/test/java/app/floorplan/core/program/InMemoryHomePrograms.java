package app.floorplan.core.program;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.validation.EditConflictException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fake that keeps the repository contract: one program per patient, versions only appended, in number order. */
final class InMemoryHomePrograms implements HomeProgramRepository {

    private final Map<PatientId, HomeProgram> byPatient = new HashMap<>();
    private Runnable beforeNextVersion = () -> {};

    /** Lets a test slip another PT's revision in between a use case's read and its write. */
    void beforeNextVersion(Runnable meanwhile) {
        beforeNextVersion = meanwhile;
    }

    @Override
    public Optional<HomeProgram> current(PatientId patient) {
        return Optional.ofNullable(byPatient.get(patient));
    }

    @Override
    public void add(HomeProgramVersion first) {
        if (byPatient.containsKey(first.patient())) {
            // as the adapter: another PT prescribed one meanwhile
            throw new EditConflictException("This home program");
        }
        byPatient.put(first.patient(), new HomeProgram(List.of(first)));
    }

    @Override
    public boolean addVersion(HomeProgramVersion version, int expectedPreviousNumber) {
        Runnable meanwhile = beforeNextVersion;
        beforeNextVersion = () -> {};
        meanwhile.run();
        var stored = byPatient.get(version.patient());
        if (stored.current().number() != expectedPreviousNumber) {
            return false;
        }
        byPatient.put(version.patient(), stored.with(version));
        return true;
    }
}
