package app.floorplan.core.reminder;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Which push services FloorPlan posts notifications to. The address comes from the patient's browser, and the server
 * posts to it every reminder day: accepting any address would let a crafted one make the server call hosts inside the
 * clinic's network (server-side request forgery, OWASP ASVS 5.0 V1.3.6). So only the browsers' own push services are
 * accepted, over HTTPS: an entry {@code fcm.googleapis.com} accepts that host, {@code .notify.windows.com} any host
 * ending so. A test may allow a local plain-HTTP endpoint with an entry {@code http://localhost}.
 *
 * @param allowed host names or {@code .suffix}es, or {@code http://host} entries for plain HTTP
 */
public record PushEndpoints(List<String> allowed) {

    /** The push services of Chrome/Edge/Android (FCM), Firefox (Mozilla autopush), Safari/iOS and Windows. */
    public static final List<String> BROWSER_PUSH_SERVICES = List.of(
            "fcm.googleapis.com",
            "updates.push.services.mozilla.com",
            "web.push.apple.com",
            ".push.apple.com",
            ".notify.windows.com");

    public PushEndpoints {
        allowed = allowed.stream()
                .map(entry -> entry.strip().toLowerCase(Locale.ROOT))
                .toList();
    }

    public boolean accepts(String endpoint) {
        URI uri = URI.create(endpoint);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return allowed.stream().anyMatch(entry -> {
            if (entry.startsWith("http://")) {
                return scheme.equals("http") && host.equals(URI.create(entry).getHost());
            }
            if (!scheme.equals("https")) {
                return false;
            }
            return entry.startsWith(".") ? host.endsWith(entry) : host.equals(entry);
        });
    }
}
