package app.floorplan.core.patient;

import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import java.util.List;
import java.util.Optional;

/** Port: where patient records are kept. Every query is scoped to one clinic. */
public interface PatientRepository {

    List<PatientListItem> search(ClinicId clinic, PatientQuery query, int offset, int limit);

    int count(ClinicId clinic, PatientQuery query);

    Optional<Patient> findById(PatientId id);

    void add(Patient patient);
}
