package app.floorplan.core.clinic;

import app.floorplan.core.identity.ClinicId;
import java.util.Objects;

/** A clinic: its staff, patients and library are kept apart from every other clinic's. */
public record Clinic(ClinicId id, String name) {
    public Clinic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
