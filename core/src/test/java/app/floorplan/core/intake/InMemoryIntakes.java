package app.floorplan.core.intake;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.record.Correction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fake that keeps the repository contract: versions are kept, one is current, a replaced one cannot be replaced. */
public class InMemoryIntakes implements IntakeRepository {

    private final Map<PatientId, List<Intake>> versions = new HashMap<>();

    @Override
    public Optional<Intake> current(PatientId patient) {
        return versions(patient).stream()
                .filter(intake -> !intake.revision().replaced())
                .findFirst();
    }

    @Override
    public List<Intake> versions(PatientId patient) {
        return List.copyOf(versions.getOrDefault(patient, List.of()));
    }

    @Override
    public void add(Intake first) {
        if (versions.containsKey(first.patient())) {
            throw new IllegalStateException("the patient already has an intake");
        }
        versions.put(first.patient(), new ArrayList<>(List.of(first)));
    }

    @Override
    public boolean correct(Correction<Intake> correction) {
        List<Intake> stored = versions.get(correction.current().patient());
        int index = correction.replaced().revision().number() - 1;
        if (stored.get(index).revision().replaced()) {
            return false;
        }
        stored.set(index, correction.replaced());
        stored.add(correction.current());
        return true;
    }

    @Override
    public void addResolution(Intake withResolution) {
        List<Intake> stored = versions.get(withResolution.patient());
        stored.set(withResolution.revision().number() - 1, withResolution);
    }
}
