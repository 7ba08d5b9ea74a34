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
    private final RequestOrigin origin;

    public AuditTrail(AuditLog log, Clock clock, RequestOrigin origin) {
        this.log = log;
        this.clock = clock;
        this.origin = origin;
    }

    /** A trail that records no source address, for code that never serves a request (tests, batch tools). */
    public AuditTrail(AuditLog log, Clock clock) {
        this(log, clock, Optional::empty);
    }

    public void record(Actor actor, AuditAction action) {
        append(Optional.of(actor), action, Optional.empty(), Optional.empty(), AuditOutcome.SUCCESS);
    }

    public void record(Actor actor, AuditAction action, PatientId patient) {
        append(Optional.of(actor), action, Optional.of(patient), Optional.empty(), AuditOutcome.SUCCESS);
    }

    /** A record that belongs to no patient, e.g. one of the clinic's exercises or templates. */
    public void record(Actor actor, AuditAction action, UUID record) {
        append(Optional.of(actor), action, Optional.empty(), Optional.of(record), AuditOutcome.SUCCESS);
    }

    public void record(Actor actor, AuditAction action, PatientId patient, UUID record) {
        append(Optional.of(actor), action, Optional.of(patient), Optional.of(record), AuditOutcome.SUCCESS);
    }

    /** An event without a logged-in actor (e.g. a failed login), or one that was refused. */
    public void recordAnonymous(AuditAction action, AuditOutcome outcome) {
        append(Optional.empty(), action, Optional.empty(), Optional.empty(), outcome);
    }

    /** Something FloorPlan did by itself for a patient, e.g. sending her a reminder: no one was logged in. */
    public void recordSystem(AuditAction action, PatientId patient, AuditOutcome outcome) {
        append(Optional.empty(), action, Optional.of(patient), Optional.empty(), outcome);
    }

    public void recordOutcome(Actor actor, AuditAction action, AuditOutcome outcome) {
        append(Optional.of(actor), action, Optional.empty(), Optional.empty(), outcome);
    }

    /**
     * A refused request ({@code ACCESS_DENIED}): by whoever was logged in, if anyone, with the patient they asked for
     * when the request named one.
     */
    public void recordDenied(Optional<Actor> actor, Optional<PatientId> patient) {
        append(actor, AuditAction.ACCESS_DENIED, patient, Optional.empty(), AuditOutcome.DENIED);
    }

    private void append(
            Optional<Actor> actor,
            AuditAction action,
            Optional<PatientId> patient,
            Optional<UUID> record,
            AuditOutcome outcome) {
        log.append(new AuditEvent(
                clock.instant(),
                actor.map(Actor::accountId),
                actor.map(Actor::role),
                action,
                patient,
                record,
                outcome,
                origin.sourceAddress()));
    }
}
