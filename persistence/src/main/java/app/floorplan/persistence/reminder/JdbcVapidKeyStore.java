package app.floorplan.persistence.reminder;

import app.floorplan.core.reminder.VapidKeyPair;
import app.floorplan.core.reminder.VapidKeyStore;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The VAPID key pair in its one-row table {@code web_push_key} (V30). */
@Repository
class JdbcVapidKeyStore implements VapidKeyStore {

    private final JdbcClient jdbc;

    JdbcVapidKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<VapidKeyPair> find() {
        return jdbc.sql("select public_key, private_key from web_push_key where id = 1")
                .query((rs, row) -> new VapidKeyPair(rs.getString("public_key"), rs.getString("private_key")))
                .optional();
    }

    @Override
    public VapidKeyPair keep(VapidKeyPair keys, Instant createdAt) {
        jdbc.sql("insert into web_push_key (id, public_key, private_key, created_at) values (1, ?, ?, ?)"
                        + " on conflict (id) do nothing")
                .params(keys.publicKey(), keys.privateKey(), Timestamp.from(createdAt))
                .update();
        return find().orElseThrow();
    }
}
