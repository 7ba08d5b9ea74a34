package app.floorplan.core.intake;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.record.Correction;
import java.util.List;
import java.util.Optional;

/**
 * Port: where intake versions are kept. A patient has at most one intake (one {@link IntakeId}) with any number of
 * versions; exactly one of them is current (not replaced). Implementations also keep the patient row's list summary
 * ({@code latest_delivery_date}, {@code unresolved_red_flags}) up to date in the same transaction.
 */
public interface IntakeRepository {

    /** The patient's current intake version, with every red-flag resolution recorded so far. */
    Optional<Intake> current(PatientId patient);

    /** Every version of the patient's intake, oldest first. */
    List<Intake> versions(PatientId patient);

    /** Stores the first version (revision 1). */
    void add(Intake first);

    /**
     * Stores a correction: marks {@code correction.replaced()} replaced and inserts {@code correction.current()}.
     *
     * @return false when that version was already replaced by someone else (nothing written)
     */
    boolean correct(Correction<Intake> correction);

    /** Appends the last resolution of {@code withResolution} (see {@link Intake#recordRedFlagResolution}). */
    void addResolution(Intake withResolution);
}
