package app.floorplan.core.clinic;

import app.floorplan.core.identity.ClinicId;
import java.util.Optional;

/** Port: where clinics are kept. */
public interface ClinicRepository {
    Optional<Clinic> findById(ClinicId id);

    Optional<Clinic> findByName(String name);

    void add(Clinic clinic);
}
