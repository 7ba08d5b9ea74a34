package app.floorplan.core.progress;

import app.floorplan.core.identity.PatientId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/** Port: where PTs' acknowledgements of alerts are kept, at most one per alert (a unique key guarantees it). */
public interface AlertAcknowledgementRepository {

    /**
     * Stores the acknowledgement unless the alert is acknowledged already (then the first one stays).
     *
     * @return false when it was acknowledged before (also by a concurrent call): nothing written
     */
    boolean acknowledge(AlertAcknowledgement acknowledgement);

    /**
     * The acknowledgements of the patients' alerts of days from {@code from} on, and of their no-recent-log and
     * self-harm-answer alerts of any day (the first's day is her last log, which may be long ago; the second stays
     * listed until acknowledged), in one statement.
     */
    Map<AlertKey, AlertAcknowledgement> forPatients(Collection<PatientId> patients, LocalDate from);
}
