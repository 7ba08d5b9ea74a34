package app.floorplan.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditChainCheck;
import app.floorplan.core.audit.AuditEvent;
import app.floorplan.core.audit.AuditOutcome;
import app.floorplan.core.audit.ChainVerification;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.persistence.testing.MigratedDatabase;
import app.floorplan.persistence.testing.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit table on a real PostgreSQL: append-only for everyone, one linear hash chain, tampering found. */
class AuditChainDatabaseTest {

    private final JdbcClient jdbc = MigratedDatabase.jdbc();
    private final JdbcAuditLog log = new JdbcAuditLog(jdbc);
    private final AuditChainCheck check = new AuditChainCheck(new JdbcAuditHistory(jdbc));

    @Test
    void the_application_can_neither_change_nor_delete_nor_truncate_an_audit_row() {
        long seq = append(AuditAction.PATIENT_VIEWED, Optional.of("192.0.2.10"));

        assertThatThrownBy(() -> jdbc.sql("update audit_event set action = 'LOGOUT' where seq = ?")
                        .param(seq)
                        .update())
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where seq = ?")
                        .param(seq)
                        .update())
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
                .rootCause()
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("select action from audit_event where seq = ?")
                        .param(seq)
                        .query(String.class)
                        .single())
                .isEqualTo("PATIENT_VIEWED");
    }

    @Test
    void a_client_cannot_choose_its_place_in_the_chain_or_its_hash() {
        long before = lastSeq();
        jdbc.sql("""
                        insert into audit_event (occurred_at, action, outcome, seq, previous_hash, hash)
                        values (now(), 'LOGIN_FAILED', 'FAILURE', 999999, 'forged', 'forged')""").update();

        var row = jdbc.sql("select seq, hash from audit_event order by seq desc limit 1")
                .query((rs, n) -> List.of(rs.getLong(1), rs.getString(2)))
                .single();
        assertThat(row.get(0)).isEqualTo(before + 1);
        assertThat((String) row.get(1)).hasSize(64).isNotEqualTo("forged");
        assertThat(check.verify().intact()).isTrue();
    }

    @Test
    void twenty_threads_appending_at_once_leave_one_linear_chain_that_verifies() throws Exception {
        long before = lastSeq();
        int threads = 20;
        int each = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    log.append(event(AuditAction.PROGRAM_VIEWED, Optional.of("198.51.100.1")));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        List<Long> seqs = jdbc.sql("select seq from audit_event where seq > ? order by seq")
                .param(before)
                .query(Long.class)
                .list();
        assertThat(seqs).hasSize(threads * each);
        assertThat(seqs.getLast() - seqs.getFirst()).isEqualTo(threads * each - 1L);
        ChainVerification result = check.verify();
        assertThat(result.intact()).as(result.describe()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(lastSeq());
    }

    @Test
    void a_superuser_who_disables_the_trigger_and_changes_a_row_is_caught_at_exactly_that_event() throws Exception {
        append(AuditAction.PATIENT_VIEWED, Optional.empty());
        long tampered = append(AuditAction.PATIENT_CHANGED, Optional.of("192.0.2.77"));
        append(AuditAction.LOGOUT, Optional.empty());
        Instant tamperedAt = jdbc.sql("select occurred_at from audit_event where seq = ?")
                .param(tampered)
                .query(java.time.OffsetDateTime.class)
                .single()
                .toInstant();
        try {
            asSuperuser("update audit_event set action = 'PATIENT_VIEWED' where seq = " + tampered);

            ChainVerification result = check.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBreak().orElseThrow().sequence()).isEqualTo(tampered);
            assertThat(result.firstBreak().orElseThrow().occurredAt()).isEqualTo(tamperedAt);
            assertThat(result.describe()).startsWith("Broken at event #" + tampered);
        } finally {
            // the chain is shared by every test of this JVM: put the row back as it was
            asSuperuser("update audit_event set action = 'PATIENT_CHANGED' where seq = " + tampered);
        }
        assertThat(check.verify().intact()).isTrue();
    }

    @Test
    void a_deleted_event_breaks_the_chain_at_the_event_after_it() throws Exception {
        long deleted = append(AuditAction.PATIENT_VIEWED, Optional.empty());
        append(AuditAction.LOGOUT, Optional.empty());
        var original = jdbc.sql("select * from audit_event where seq = ?")
                .param(deleted)
                .query()
                .singleRow();
        try {
            asSuperuser("delete from audit_event where seq = " + deleted);

            ChainVerification result = check.verify();

            assertThat(result.firstBreak().orElseThrow().sequence()).isEqualTo(deleted + 1);
            assertThat(result.firstBreak().orElseThrow().reason()).contains("#" + deleted + " is missing");
        } finally {
            jdbc.sql("alter table audit_event disable trigger audit_event_chain")
                    .update();
            try {
                jdbc.sql("""
                                insert into audit_event (id, occurred_at, actor_id, actor_role, action, patient_id,
                                    record_id, outcome, source_address, seq, previous_hash, hash)
                                values (:id, :occurred_at, :actor_id, :actor_role, :action, :patient_id, :record_id,
                                    :outcome, :source_address, :seq, :previous_hash, :hash)""").params(original).update();
            } finally {
                jdbc.sql("alter table audit_event enable trigger audit_event_chain")
                        .update();
            }
        }
        assertThat(check.verify().intact()).isTrue();
    }

    private void asSuperuser(String change) throws SQLException {
        try (Connection c = TestPostgres.dataSource().getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("alter table audit_event disable trigger audit_event_append_only");
            s.execute(change);
            s.execute("alter table audit_event enable trigger audit_event_append_only");
            c.commit();
            c.setAutoCommit(true);
        }
    }

    private long append(AuditAction action, Optional<String> source) {
        log.append(event(action, source));
        return lastSeq();
    }

    private long lastSeq() {
        return jdbc.sql("select coalesce(max(seq), 0) from audit_event")
                .query(Long.class)
                .single();
    }

    private static AuditEvent event(AuditAction action, Optional<String> source) {
        return new AuditEvent(
                Instant.now(),
                Optional.of(AccountId.random()),
                Optional.of(Role.PT),
                action,
                Optional.of(PatientId.random()),
                Optional.of(UUID.randomUUID()),
                AuditOutcome.SUCCESS,
                source);
    }
}
