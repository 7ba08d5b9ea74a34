package app.floorplan.core.reminder;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The key pair that identifies FloorPlan to the browsers' push services (VAPID, RFC 8292), base64url without padding:
 * the public key as an uncompressed P-256 point (65 bytes, what browsers take as {@code applicationServerKey}), the
 * private key as its 32-byte scalar. {@link #toString()} never shows the private key.
 */
public record VapidKeyPair(String publicKey, String privateKey) {

    private static final Pattern PUBLIC = Pattern.compile("[A-Za-z0-9_-]{87}");
    private static final Pattern PRIVATE = Pattern.compile("[A-Za-z0-9_-]{43}");

    public VapidKeyPair {
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(privateKey, "privateKey");
        if (!PUBLIC.matcher(publicKey).matches() || !PRIVATE.matcher(privateKey).matches()) {
            throw new IllegalArgumentException(
                    "VAPID keys are base64url without padding: 87 characters public, 43 private");
        }
    }

    @Override
    public String toString() {
        return "VapidKeyPair[publicKey=" + publicKey + ", privateKey=(hidden)]";
    }
}
