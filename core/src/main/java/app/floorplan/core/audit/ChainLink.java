package app.floorplan.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * One stored audit event with its place in the hash chain.
 *
 * @param sequence 1, 2, 3, ... in the order the events were appended
 * @param previousHash the hash of the event before (64 zeros for the first)
 * @param hash SHA-256 (hex) over this event's canonical encoding, which ends with {@code previousHash}
 */
public record ChainLink(long sequence, AuditEvent event, String previousHash, String hash) {

    /** The {@code previousHash} of the first event. */
    public static final String GENESIS = "0".repeat(64);

    /**
     * The hash this link must carry if nobody changed it. The same encoding as the database's
     * {@code audit_event_digest} (V10 migration): every field as {@code <UTF-8 byte length>:<text>;}, a missing one as
     * {@code -;}, so no two different events share an encoding; times in microseconds (PostgreSQL's precision).
     */
    public String expectedHash() {
        StringBuilder canonical = new StringBuilder();
        field(canonical, Optional.of(Long.toString(sequence)));
        field(canonical, Optional.of(Long.toString(micros(event.occurredAt()))));
        field(canonical, event.actor().map(Object::toString));
        field(canonical, event.role().map(Enum::name));
        field(canonical, Optional.of(event.action().name()));
        field(canonical, event.patient().map(Object::toString));
        field(canonical, event.record().map(UUID::toString));
        field(canonical, Optional.of(event.outcome().name()));
        field(canonical, event.sourceAddress());
        field(canonical, Optional.of(previousHash));
        return sha256(canonical.toString());
    }

    private static void field(StringBuilder canonical, Optional<String> value) {
        canonical
                .append(value.map(v -> v.getBytes(StandardCharsets.UTF_8).length + ":" + v)
                        .orElse("-"))
                .append(';');
    }

    private static long micros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000L);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
