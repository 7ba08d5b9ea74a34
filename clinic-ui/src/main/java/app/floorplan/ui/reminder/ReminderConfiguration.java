package app.floorplan.ui.reminder;

import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.reminder.PracticeReminders;
import app.floorplan.core.reminder.PushEndpoints;
import app.floorplan.core.reminder.ReminderDispatch;
import app.floorplan.core.reminder.ReminderRepository;
import app.floorplan.core.reminder.ReminderSender;
import app.floorplan.core.reminder.VapidKeyPair;
import app.floorplan.core.reminder.VapidKeyStore;
import com.vaadin.flow.server.webpush.WebPush;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Practice reminders: the use cases, the Web Push keys and sender, and the dispatch every minute. */
@Configuration(proxyBeanMethods = false)
@Import(PracticeReminders.class)
@EnableConfigurationProperties(ReminderProperties.class)
@EnableScheduling
class ReminderConfiguration {

    /**
     * Lazy, with the push client and the sender's use of it: the keys are read from (or first stored in) the database,
     * and the production start's training run builds the whole context without one (ADR 0014, aot-training.sh).
     */
    @Bean
    @Lazy
    VapidKeyPair vapidKeyPair(ReminderProperties properties, VapidKeyStore store, Clock clock) {
        return VapidKeys.load(properties, store, clock);
    }

    @Bean
    @Lazy
    WebPush webPush(
            VapidKeyPair keys,
            ReminderProperties properties,
            @Value("${floorplan.portal.public-url:}") String publicUrl,
            @Value("${floorplan.portal.mail-from:floorplan@localhost}") String mailFrom) {
        return new WebPush(keys.publicKey(), keys.privateKey(), subject(properties, publicUrl, mailFrom));
    }

    @Bean
    ReminderSender reminderSender(
            @Lazy WebPush webPush,
            ObjectProvider<JavaMailSender> mailSender,
            ReminderProperties properties,
            @Value("${floorplan.portal.public-url:}") String publicUrl,
            @Value("${floorplan.portal.mail-from:floorplan@localhost}") String mailFrom) {
        return new PortalReminderSender(webPush, mailSender, mailFrom, publicUrl, properties.sendTimeout());
    }

    @Bean
    PushEndpoints pushEndpoints(ReminderProperties properties) {
        return new PushEndpoints(
                properties.pushServices().isEmpty() ? PushEndpoints.BROWSER_PUSH_SERVICES : properties.pushServices());
    }

    @Bean
    ReminderDispatch reminderDispatch(
            ReminderRepository reminders,
            ReminderSender sender,
            ClinicCalendar calendar,
            AuditTrail audit,
            ReminderProperties properties) {
        return new ReminderDispatch(reminders, sender, calendar, audit, properties.catchUp());
    }

    /** Off with {@code floorplan.reminders.enabled=false} (tests that are not about reminders). */
    @Bean
    @ConditionalOnBooleanProperty(name = "floorplan.reminders.enabled", matchIfMissing = true)
    DueReminders dueReminders(ReminderDispatch dispatch) {
        return new DueReminders(dispatch);
    }

    /** Push services want to reach the sender: an HTTPS public address, else the clinic's mail sender. */
    private static String subject(ReminderProperties properties, String publicUrl, String mailFrom) {
        if (!properties.vapidSubject().isBlank()) {
            return properties.vapidSubject();
        }
        return publicUrl.startsWith("https://") ? publicUrl : "mailto:" + mailFrom;
    }

    /** Looks for due reminders every {@code floorplan.reminders.interval}, one run at a time. */
    static final class DueReminders {

        private final ReminderDispatch dispatch;

        DueReminders(ReminderDispatch dispatch) {
            this.dispatch = dispatch;
        }

        @Scheduled(
                initialDelayString = "${floorplan.reminders.interval:60s}",
                fixedDelayString = "${floorplan.reminders.interval:60s}")
        void send() {
            dispatch.sendDue();
        }
    }
}
