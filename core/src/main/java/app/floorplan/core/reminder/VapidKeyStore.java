package app.floorplan.core.reminder;

import java.time.Instant;
import java.util.Optional;

/** Port: where the application's one VAPID key pair is kept, made once at first start. */
public interface VapidKeyStore {

    Optional<VapidKeyPair> find();

    /**
     * Keeps {@code keys} unless a pair is kept already (another server made one first).
     *
     * @return the pair now kept
     */
    VapidKeyPair keep(VapidKeyPair keys, Instant createdAt);
}
