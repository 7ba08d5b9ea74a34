package app.floorplan.ui.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database that cannot be reached (stopped, restarting, the network to it down, no connection free within the
 * pool's timeout) from every other failure, so the person is told what happened instead of "something went wrong".
 * The failure arrives wrapped in whatever layer noticed it (a transaction that could not begin, a view that could not
 * be built), so the whole cause chain is searched.
 */
public final class DatabaseUnreachable {

    private static final int MAX_DEPTH = 20;

    private DatabaseUnreachable() {}

    public static boolean causedBy(@Nullable Throwable error) {
        return causedBy(error, 0);
    }

    /**
     * A transaction whose connection died fails twice: in the statement, then in the rollback. Spring reports the
     * rollback's failure and keeps the statement's as the "application exception", so both are searched.
     */
    private static boolean causedBy(@Nullable Throwable error, int depth) {
        if (error == null || depth > MAX_DEPTH) {
            return false;
        }
        return unreachable(error)
                || (error.getCause() != error && causedBy(error.getCause(), depth + 1))
                || (error instanceof TransactionSystemException rollbackFailed
                        && causedBy(rollbackFailed.getApplicationException(), depth + 1));
    }

    private static boolean unreachable(Throwable t) {
        return t instanceof DataAccessResourceFailureException
                || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException
                || (t instanceof SQLException sql
                        && (connectionLost(sql.getSQLState()) || closedByThePoolAsBroken(sql)));
    }

    /**
     * A commit that loses its connection is followed by a rollback, and Spring reports only the rollback's failure
     * (AbstractPlatformTransactionManager logs "Commit exception overridden by rollback exception"). By then HikariCP
     * has marked the connection broken (it does so only for a lost connection's SQLSTATE) and swapped in a closed
     * stand-in whose every call throws this plain exception without a SQLSTATE (HikariCP 7
     * ProxyConnection.ClosedConnection). Our code never closes a connection inside a transaction, so seeing it
     * there means the connection was lost.
     */
    private static boolean closedByThePoolAsBroken(SQLException sql) {
        return sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage());
    }

    /**
     * SQLSTATE class 08 is a lost or refused connection; 57P01 to 57P03 are a server shutting down, crashing or still
     * starting up (PostgreSQL appendix A, "PostgreSQL Error Codes").
     */
    private static boolean connectionLost(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
