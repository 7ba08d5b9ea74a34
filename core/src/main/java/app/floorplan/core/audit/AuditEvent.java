package app.floorplan.core.audit;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of the audit trail: who, in which role, did what to which patient/record, when, from where, with what
 * outcome. It names records by id only, never by their clinical content.
 *
 * @param sourceAddress the client's IP address as the server saw it; empty outside a web request
 */
public record AuditEvent(
        Instant occurredAt,
        Optional<AccountId> actor,
        Optional<Role> role,
        AuditAction action,
        Optional<PatientId> patient,
        Optional<UUID> record,
        AuditOutcome outcome,
        Optional<String> sourceAddress) {}
