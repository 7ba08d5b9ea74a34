package app.floorplan.core.assessment;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.record.Correction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fake that keeps the repository contract: versions are never overwritten, a replaced version cannot be replaced again. */
public final class InMemoryAssessments implements AssessmentRepository {

    private final Map<AssessmentId, List<Assessment>> versionsById = new LinkedHashMap<>();
    private Runnable beforeNextCorrection = () -> {};

    /** Lets a test slip another PT's correction in between a use case's read and its write. */
    public InMemoryAssessments() {}

    void beforeNextCorrection(Runnable meanwhile) {
        beforeNextCorrection = meanwhile;
    }

    @Override
    public List<Assessment> currentFor(PatientId patient) {
        return versionsById.values().stream()
                .map(List::getLast)
                .filter(a -> a.patient().equals(patient))
                .sorted(Comparator.comparing(Assessment::date).reversed())
                .toList();
    }

    @Override
    public Optional<Assessment> current(AssessmentId id) {
        return Optional.ofNullable(versionsById.get(id)).map(List::getLast);
    }

    @Override
    public List<Assessment> versions(AssessmentId id) {
        return List.copyOf(versionsById.getOrDefault(id, List.of()));
    }

    @Override
    public void add(Assessment first) {
        versionsById.put(first.id(), new ArrayList<>(List.of(first)));
    }

    @Override
    public boolean correct(Correction<Assessment> correction) {
        Runnable meanwhile = beforeNextCorrection;
        beforeNextCorrection = () -> {};
        meanwhile.run();
        List<Assessment> versions = versionsById.get(correction.current().id());
        Assessment stored = versions.getLast();
        if (stored.revision().number() != correction.replaced().revision().number()) {
            return false;
        }
        versions.set(versions.size() - 1, correction.replaced());
        versions.add(correction.current());
        return true;
    }

    @Override
    public void addResolution(Assessment withResolution) {
        List<Assessment> versions = versionsById.get(withResolution.id());
        // the outcomes belong to the visit: every stored version carries them
        versions.replaceAll(version -> new Assessment(
                version.id(),
                version.patient(),
                version.therapist(),
                version.date(),
                version.sections(),
                version.redFlags(),
                withResolution.redFlagResolutions(),
                version.revision()));
    }
}
