package app.floorplan.ui.reminder;

import app.floorplan.core.reminder.PushDevice;
import app.floorplan.core.reminder.ReminderSender;
import app.floorplan.core.reminder.ReminderText;
import app.floorplan.core.reminder.SendOutcome;
import com.vaadin.flow.server.webpush.WebPush;
import com.vaadin.flow.server.webpush.WebPushException;
import com.vaadin.flow.server.webpush.WebPushKeys;
import com.vaadin.flow.server.webpush.WebPushMessage;
import com.vaadin.flow.server.webpush.WebPushSubscription;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends the reminder text by Web Push (Vaadin Flow's {@link WebPush}, which signs with the VAPID keys and encrypts
 * the payload for the browser) and by e-mail when Spring Mail is configured. Each push runs on its own virtual thread
 * and is given up after {@code sendTimeout}: the push library's HTTP client has no timeout of its own, and a hanging
 * push service must not hold up everyone else's reminders. Logs name neither the patient nor her address.
 */
final class PortalReminderSender implements ReminderSender {

    private static final Logger LOG = LoggerFactory.getLogger(PortalReminderSender.class);

    private final WebPush webPush;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String mailFrom;
    private final String publicUrl;
    private final Duration timeout;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    PortalReminderSender(
            WebPush webPush,
            ObjectProvider<JavaMailSender> mailSender,
            String mailFrom,
            String publicUrl,
            Duration timeout) {
        this.webPush = webPush;
        this.mailSender = mailSender;
        this.mailFrom = mailFrom;
        this.publicUrl = publicUrl;
        this.timeout = timeout;
    }

    @Override
    public SendOutcome push(PushDevice device) {
        var subscription = new WebPushSubscription(device.endpoint(), new WebPushKeys(device.p256dh(), device.auth()));
        Future<SendOutcome> sending = threads.submit(() -> {
            try {
                webPush.sendNotification(subscription, new WebPushMessage(ReminderText.TITLE, ReminderText.BODY));
                return SendOutcome.SENT;
            } catch (WebPushException refused) {
                // Vaadin reports an unknown subscription (HTTP 404 or 410) without a cause, other failures with one
                return refused.getCause() == null ? SendOutcome.GONE : SendOutcome.FAILED;
            }
        });
        try {
            return sending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            sending.cancel(true);
            LOG.warn("practice reminder push gave up after {} (push service {})", timeout, device.host());
            return SendOutcome.FAILED;
        } catch (ExecutionException failed) {
            LOG.warn(
                    "practice reminder push failed: {}",
                    failed.getCause().getClass().getSimpleName());
            return SendOutcome.FAILED;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return SendOutcome.FAILED;
        }
    }

    @Override
    public SendOutcome email(String address) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return SendOutcome.FAILED;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(mailFrom);
        message.setTo(address);
        message.setSubject(ReminderText.TITLE);
        String open = publicUrl.isBlank()
                ? ReminderText.BODY
                : ReminderText.BODY + "\n\n" + publicUrl.replaceAll("/+$", "") + "/my-plan";
        message.setText(open + "\n\n" + ReminderText.MAIL_FOOTER);
        try {
            sender.send(message);
            return SendOutcome.SENT;
        } catch (MailException failed) {
            LOG.warn("practice reminder e-mail not sent: {}", failed.getClass().getSimpleName());
            return SendOutcome.FAILED;
        }
    }

    @Override
    public boolean emailAvailable() {
        return mailSender.getIfAvailable() != null;
    }
}
