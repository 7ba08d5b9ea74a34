package app.floorplan.core.audit;

import app.floorplan.core.identity.ClinicId;
import java.util.List;

/** Port: reading the stored audit trail back, for the admin's search and the chain check. */
public interface AuditHistory {

    /** Events of the clinic matching the filter, newest first. */
    List<AuditEntry> search(ClinicId clinic, AuditFilter filter, int offset, int limit);

    int count(ClinicId clinic, AuditFilter filter);

    /** Up to {@code limit} links of the whole chain (every clinic) with a sequence above {@code sequence}, in order. */
    List<ChainLink> chainAfter(long sequence, int limit);
}
