package app.floorplan.core.audit;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One audit event as the admin reads it: people by their display names, records by id, never clinical content.
 *
 * @param sequence the event's place in the hash chain
 */
public record AuditEntry(
        long sequence,
        Instant occurredAt,
        Optional<String> actorName,
        Optional<Role> role,
        AuditAction action,
        Optional<PatientId> patient,
        Optional<String> patientName,
        Optional<UUID> record,
        AuditOutcome outcome,
        Optional<String> sourceAddress) {}
