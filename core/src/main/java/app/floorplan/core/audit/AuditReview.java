package app.floorplan.core.audit;

import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Use cases of the clinic admin's audit view: search the clinic's trail, export it and verify the chain. The trail
 * holds who did what to which record, never clinical content; reading it is itself audited (HIPAA 164.312(b)).
 *
 * <p>The clinic's trail is every event by one of its accounts, plus events without an account (failed logins, which
 * cannot be tied to a clinic).
 */
public class AuditReview {

    static final int MAX_PAGE = 500;
    /** An export holds at most this many events; narrow the filter for more (keeps one request's memory bounded). */
    public static final int MAX_EXPORT = 100_000;

    private final AuditHistory history;
    private final AuditChainCheck chainCheck;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    public AuditReview(AuditHistory history, AuditChainCheck chainCheck, CurrentActor currentActor, AuditTrail audit) {
        this.history = history;
        this.chainCheck = chainCheck;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    /** A page of the clinic's events matching the filter, newest first; the first page of a search is audited. */
    @RolesAllowed("ADMIN")
    @Transactional
    public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
        Actor admin = admin();
        if (offset == 0) {
            audit.record(admin, AuditAction.AUDIT_VIEWED);
        }
        return history.search(admin.clinicId(), filter, Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE));
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public int count(AuditFilter filter) {
        return history.count(admin().clinicId(), filter);
    }

    /** Every matching event (up to {@link #MAX_EXPORT}), newest first, for a file; the export is audited. */
    @RolesAllowed("ADMIN")
    @Transactional
    public List<AuditEntry> export(AuditFilter filter) {
        Actor admin = admin();
        audit.record(admin, AuditAction.AUDIT_EXPORTED);
        return history.search(admin.clinicId(), filter, 0, MAX_EXPORT);
    }

    /** Walks the whole chain; see {@link AuditChainCheck}. */
    @RolesAllowed("ADMIN")
    @Transactional
    public ChainVerification verifyChain() {
        Actor admin = admin();
        ChainVerification result = chainCheck.verify();
        audit.recordOutcome(
                admin, AuditAction.AUDIT_CHAIN_VERIFIED, result.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE);
        return result;
    }

    private Actor admin() {
        return currentActor.require().requireRole(Role.ADMIN);
    }
}
