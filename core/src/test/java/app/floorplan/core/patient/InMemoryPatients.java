package app.floorplan.core.patient;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A fake that keeps the repository contract ({@link PatientRepositoryContract}). */
final class InMemoryPatients implements PatientRepository {
    private final Map<PatientId, Patient> byId = new HashMap<>();
    private final List<AssignablePt> pts = new ArrayList<>();
    private final Map<AccountId, ClinicId> ptClinics = new HashMap<>();

    PatientId given(Patient p) {
        byId.put(p.id(), p);
        return p.id();
    }

    @Override
    public List<PatientListItem> search(ClinicId clinic, PatientQuery query, int offset, int limit) {
        return byId.values().stream()
                .filter(p -> p.clinicId().equals(clinic) && (query.includeArchived() || !p.archived()))
                .filter(p -> folded(p.details().fullName()).contains(folded(query.text())))
                .sorted(Comparator.comparing((Patient p) -> p.details().familyName())
                        .thenComparing(p -> p.details().givenName()))
                .skip(offset)
                .limit(limit)
                .map(p -> new PatientListItem(
                        p.id(),
                        p.details().givenName(),
                        p.details().familyName(),
                        p.details().dateOfBirth(),
                        p.details().phone(),
                        Optional.empty(),
                        p.archived(),
                        Optional.empty(),
                        0,
                        Optional.empty()))
                .toList();
    }

    @Override
    public boolean anyMatch(ClinicId clinic, PatientQuery query) {
        return !search(clinic, query, 0, 1).isEmpty();
    }

    @Override
    public Optional<Patient> findById(PatientId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public void add(Patient patient) {
        byId.put(patient.id(), patient);
    }

    @Override
    public boolean update(Patient patient) {
        Patient stored = byId.get(patient.id());
        if (stored == null || stored.version() != patient.version()) {
            return false;
        }
        byId.put(
                patient.id(),
                new Patient(
                        patient.id(),
                        patient.clinicId(),
                        patient.details(),
                        patient.archived(),
                        patient.version() + 1));
        return true;
    }

    @Override
    public List<PossibleDuplicate> sameNameAndBirthDate(
            ClinicId clinic, String givenName, String familyName, LocalDate born) {
        return byId.values().stream()
                .filter(p -> p.clinicId().equals(clinic)
                        && folded(p.details().givenName()).equals(folded(givenName))
                        && folded(p.details().familyName()).equals(folded(familyName))
                        && p.details().dateOfBirth().equals(born))
                .map(p -> new PossibleDuplicate(p.id(), p.details().fullName(), born, p.archived()))
                .toList();
    }

    /** Names compared as the adapter compares them: without case or accents (dates and phones are not searched). */
    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    @Override
    public List<AssignablePt> assignablePts(ClinicId clinic) {
        return pts.stream().filter(pt -> ptClinics.get(pt.id()).equals(clinic)).toList();
    }

    AssignablePt givenPt(ClinicId clinic, String name) {
        AssignablePt pt = new AssignablePt(AccountId.random(), name);
        pts.add(pt);
        ptClinics.put(pt.id(), clinic);
        return pt;
    }
}
