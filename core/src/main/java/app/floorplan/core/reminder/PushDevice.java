package app.floorplan.core.reminder;

import app.floorplan.core.validation.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A browser's Web Push subscription: the push service address notifications are posted to and the two keys that
 * encrypt them (RFC 8291). Which push services are accepted is the {@link PushEndpoints} policy's decision.
 *
 * @param p256dh the browser's public key, base64url
 * @param auth the browser's authentication secret, base64url
 */
public record PushDevice(String endpoint, String p256dh, String auth, Instant addedAt) {

    public static final int MAX_ENDPOINT_LENGTH = 2000;
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]{8,200}={0,2}");

    public PushDevice {
        Objects.requireNonNull(addedAt, "addedAt");
        if (endpoint == null
                || endpoint.length() > MAX_ENDPOINT_LENGTH
                || !(endpoint.startsWith("https://") || endpoint.startsWith("http://"))
                || !parses(endpoint)) {
            throw new InvalidInputException(ReminderFields.DEVICE, "This browser gave no usable notification address");
        }
        if (p256dh == null
                || auth == null
                || !BASE64URL.matcher(p256dh).matches()
                || !BASE64URL.matcher(auth).matches()) {
            throw new InvalidInputException(ReminderFields.DEVICE, "This browser gave no usable notification keys");
        }
    }

    /** The push service's host, e.g. {@code fcm.googleapis.com}. */
    public String host() {
        return URI.create(endpoint).getHost();
    }

    private static boolean parses(String endpoint) {
        try {
            return new URI(endpoint).getHost() != null;
        } catch (URISyntaxException malformed) {
            return false;
        }
    }
}
