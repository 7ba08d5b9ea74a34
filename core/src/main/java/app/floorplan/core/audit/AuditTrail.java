package app.floorplan.core.audit;

import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.PatientId;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Records who viewed and changed what; use cases call it, so no path around it exists. */
public class AuditTrail {

    private final AuditLog log;
    private final Clock clock;

    public AuditTrail(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public void record(Actor actor, AuditAction action) {
        append(actor, action, Optional.empty(), Optional.empty());
    }

    public void record(Actor actor, AuditAction action, PatientId patient) {
        append(actor, action, Optional.of(patient), Optional.empty());
    }

    public void record(Actor actor, AuditAction action, PatientId patient, UUID record) {
        append(actor, action, Optional.of(patient), Optional.of(record));
    }

    private void append(Actor actor, AuditAction action, Optional<PatientId> patient, Optional<UUID> record) {
        log.append(new AuditEvent(
                clock.instant(),
                Optional.of(actor.accountId()),
                Optional.of(actor.role()),
                action,
                patient,
                record,
                AuditOutcome.SUCCESS));
    }

    /** An event without a logged-in actor (e.g. a failed login), or one that was refused. */
    public void recordAnonymous(AuditAction action, AuditOutcome outcome) {
        log.append(new AuditEvent(
                clock.instant(),
                Optional.empty(),
                Optional.empty(),
                action,
                Optional.empty(),
                Optional.empty(),
                outcome));
    }

    public void recordOutcome(Actor actor, AuditAction action, AuditOutcome outcome) {
        log.append(new AuditEvent(
                clock.instant(),
                Optional.of(actor.accountId()),
                Optional.of(actor.role()),
                action,
                Optional.empty(),
                Optional.empty(),
                outcome));
    }
}
