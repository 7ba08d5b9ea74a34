package app.floorplan.persistence.account.throttle;

import app.floorplan.core.account.throttle.FailedLoginStore;
import app.floorplan.core.account.throttle.FailedLogins;
import app.floorplan.core.account.throttle.ThrottleKey;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcFailedLoginStore implements FailedLoginStore {

    private final JdbcClient jdbc;

    JdbcFailedLoginStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<FailedLogins> find(ThrottleKey key) {
        return jdbc.sql("""
                        select failures, window_started_at, locked_until from login_failure
                        where subject_kind = ? and subject_digest = ?""")
                .params(key.kind().name(), key.digest())
                .query((rs, n) -> new FailedLogins(
                        rs.getInt("failures"),
                        rs.getTimestamp("window_started_at").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("locked_until")).map(Timestamp::toInstant)))
                .optional();
    }

    @Override
    public void save(ThrottleKey key, FailedLogins failures) {
        jdbc.sql("""
                        insert into login_failure (subject_kind, subject_digest, failures, window_started_at, locked_until)
                        values (?, ?, ?, ?, ?)
                        on conflict (subject_kind, subject_digest) do update
                        set failures = excluded.failures, window_started_at = excluded.window_started_at,
                            locked_until = excluded.locked_until""")
                .params(
                        key.kind().name(),
                        key.digest(),
                        failures.count(),
                        Timestamp.from(failures.windowStartedAt()),
                        failures.lockedUntil().map(Timestamp::from).orElse(null))
                .update();
    }

    @Override
    public void clear(ThrottleKey key) {
        jdbc.sql("delete from login_failure where subject_kind = ? and subject_digest = ?")
                .params(key.kind().name(), key.digest())
                .update();
    }
}
