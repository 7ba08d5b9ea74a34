package app.floorplan.persistence.audit;

import app.floorplan.core.audit.AuditChainCheck;
import app.floorplan.core.audit.ChainVerification;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application's own chain check on any database, e.g. one a test restored from a backup. */
public final class AuditChains {

    private AuditChains() {}

    public static ChainVerification verify(DataSource database) {
        return new AuditChainCheck(new JdbcAuditHistory(JdbcClient.create(database))).verify();
    }
}
