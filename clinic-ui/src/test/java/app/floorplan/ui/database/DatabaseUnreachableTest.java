package app.floorplan.ui.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database cannot be reached", as they arrive from the pool, the driver and Spring. */
class DatabaseUnreachableTest {

    @Test
    void the_pool_giving_up_waiting_for_a_connection_while_a_transaction_begins_is_unreachable() {
        var poolTimeout = new SQLTransientConnectionException(
                "Connection is not available, request timed out after 3000ms",
                "08001",
                new SQLException("Connection refused", "08001"));

        assertThat(DatabaseUnreachable.causedBy(
                        new CannotCreateTransactionException("Could not open JDBC Connection", poolTimeout)))
                .isTrue();
        assertThat(DatabaseUnreachable.causedBy(new CannotGetJdbcConnectionException("no connection", poolTimeout)))
                .isTrue();
    }

    @Test
    void a_server_shutting_down_or_starting_up_is_unreachable() {
        assertThat(DatabaseUnreachable.causedBy(
                        new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
        assertThat(DatabaseUnreachable.causedBy(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
        assertThat(DatabaseUnreachable.causedBy(
                        new RuntimeException(new SQLException("An I/O error occurred while sending", "08006"))))
                .isTrue();
    }

    @Test
    void a_rollback_that_failed_after_the_statement_lost_its_connection_is_unreachable() {
        var rollbackFailed =
                new TransactionSystemException("JDBC rollback failed", new SQLException("rollback failed"));
        rollbackFailed.initApplicationException(
                new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01")));

        assertThat(DatabaseUnreachable.causedBy(rollbackFailed)).isTrue();
    }

    @Test
    void a_commit_cut_off_by_a_server_stop_is_unreachable_though_spring_reports_only_the_failed_rollback() {
        var rollbackOnTheBrokenConnection = new TransactionSystemException(
                "Could not roll back JDBC transaction", new SQLException("Connection is closed"));

        assertThat(DatabaseUnreachable.causedBy(rollbackOnTheBrokenConnection)).isTrue();
    }

    @Test
    void a_refused_row_or_a_bug_is_not_an_outage() {
        assertThat(DatabaseUnreachable.causedBy(new DataIntegrityViolationException(
                        "duplicate key", new SQLException("duplicate key value", "23505"))))
                .isFalse();
        assertThat(DatabaseUnreachable.causedBy(new IllegalStateException("a bug")))
                .isFalse();
        assertThat(DatabaseUnreachable.causedBy(new TransactionSystemException("commit failed")))
                .isFalse();
        assertThat(DatabaseUnreachable.causedBy(new TransactionSystemException(
                        "Could not roll back JDBC transaction", new SQLException("deadlock detected", "40P01"))))
                .isFalse();
        assertThat(DatabaseUnreachable.causedBy(null)).isFalse();
    }
}
