package app.floorplan.ui.reminder;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code floorplan.reminders.*}.
 *
 * @param interval how often due reminders are looked for
 * @param catchUp how late a reminder may still go out (after a restart, say)
 * @param pushServices the push services notifications may be posted to ({@link
 *     app.floorplan.core.reminder.PushEndpoints}); empty: the browsers' own
 * @param vapidPublicKey with {@code vapidPrivateKey}: a configured VAPID key pair (base64url, uncompressed P-256
 *     point and 32-byte scalar); empty: FloorPlan makes one at first start and keeps it in the database
 * @param vapidSubject how push services can reach the clinic ({@code mailto:} or {@code https:}); empty: the public
 *     address when it is HTTPS, else the mail sender
 */
@ConfigurationProperties("floorplan.reminders")
record ReminderProperties(
        @DefaultValue("60s") Duration interval,
        @DefaultValue("2h") Duration catchUp,
        @DefaultValue List<String> pushServices,
        @DefaultValue("") String vapidPublicKey,
        @DefaultValue("") String vapidPrivateKey,
        @DefaultValue("") String vapidSubject,
        @DefaultValue("10s") Duration sendTimeout) {}
