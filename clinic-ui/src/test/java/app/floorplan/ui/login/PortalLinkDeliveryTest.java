package app.floorplan.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.login.IssuedLink;
import app.floorplan.core.login.LoginLetter;
import app.floorplan.core.login.MailOutcome;
import app.floorplan.core.login.TokenPurpose;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** E-mail is only ever an extra channel: without a server, or when it fails, the caller hears so and shows the link. */
class PortalLinkDeliveryTest {

    private static final IssuedLink LINK =
            new IssuedLink("s3cr3t", TokenPurpose.ACTIVATION, "chloe.dupre", Instant.parse("2026-11-25T09:00:00Z"));
    private static final LoginLetter LETTER = new LoginLetter(
            "Demo clinic", "chloe.dupre", TokenPurpose.ACTIVATION, "https://x/activate/s3cr3t", LINK.expiresAt());

    @Test
    void without_an_smtp_server_nothing_is_sent_and_the_outcome_says_not_configured() {
        PortalLinkDelivery delivery = delivery(new StaticListableBeanFactory(), "");

        assertThat(delivery.mailConfigured()).isFalse();
        assertThat(delivery.mailsUnattended()).isFalse();
        assertThat(delivery.mail("chloe@example.org", LETTER)).isEqualTo(MailOutcome.NOT_CONFIGURED);
    }

    @Test
    void an_unreachable_smtp_server_is_reported_as_failed_not_swallowed() {
        JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
        unreachable.setHost("127.0.0.1");
        unreachable.setPort(1);
        PortalLinkDelivery delivery =
                delivery(new StaticListableBeanFactory(Map.of("mailSender", unreachable)), "https://clinic.example/");

        assertThat(delivery.mailConfigured()).isTrue();
        assertThat(delivery.mailsUnattended()).isTrue();
        assertThat(delivery.mail("chloe@example.org", LETTER)).isEqualTo(MailOutcome.FAILED);
    }

    @Test
    void a_configured_public_address_is_the_base_of_every_link() {
        PortalLinkDelivery delivery = delivery(new StaticListableBeanFactory(), "https://clinic.example/");

        assertThat(delivery.address(LINK)).isEqualTo("https://clinic.example/activate/s3cr3t");
        assertThat(delivery.address(new IssuedLink("abc", TokenPurpose.RESET, "bea", LINK.expiresAt())))
                .isEqualTo("https://clinic.example/reset-password/abc");
    }

    private static PortalLinkDelivery delivery(StaticListableBeanFactory beans, String publicUrl) {
        return new PortalLinkDelivery(
                beans.getBeanProvider(JavaMailSender.class),
                new PortalProperties(Duration.ofHours(72), Duration.ofHours(1), publicUrl, "floorplan@localhost"),
                Clock.systemUTC(),
                8080);
    }
}
