package app.floorplan.ui.login;

import app.floorplan.core.login.IssuedLink;
import app.floorplan.core.login.LinkDelivery;
import app.floorplan.core.login.LoginLetter;
import app.floorplan.core.login.MailOutcome;
import app.floorplan.core.login.TokenPurpose;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Addresses of link pages and their e-mails. Spring Boot creates a {@link JavaMailSender} only when
 * {@code spring.mail.host} is set; without one, nothing is sent and the PT is told so.
 */
@Component
public class PortalLinkDelivery implements LinkDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(PortalLinkDelivery.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final PortalProperties properties;
    private final Clock clock;
    private final int serverPort;

    PortalLinkDelivery(
            ObjectProvider<JavaMailSender> mailSender,
            PortalProperties properties,
            Clock clock,
            @Value("${server.port:8080}") int serverPort) {
        this.mailSender = mailSender;
        this.properties = properties;
        this.clock = clock;
        this.serverPort = serverPort;
    }

    public static String path(TokenPurpose purpose) {
        return switch (purpose) {
            case ACTIVATION -> "activate/";
            case RESET -> "reset-password/";
        };
    }

    @Override
    public String address(IssuedLink link) {
        return base() + "/" + path(link.purpose()) + link.secret();
    }

    public boolean mailConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    @Override
    public boolean mailsUnattended() {
        return mailConfigured() && !properties.publicUrl().isBlank();
    }

    @Override
    public MailOutcome mail(String toAddress, LoginLetter letter) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return MailOutcome.NOT_CONFIGURED;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(toAddress);
        LinkText text = new LinkText(letter.clinicName(), letter.username(), letter.purpose(), clock.getZone());
        message.setSubject(text.title());
        message.setText(String.join("\n\n", text.lines(letter.link(), letter.expiresAt())));
        try {
            sender.send(message);
            return MailOutcome.SENT;
        } catch (MailException failed) {
            // the exception names neither the link nor the address; the cause's class says what went wrong
            LOG.warn("login link e-mail not sent: {}", failed.getClass().getSimpleName());
            return MailOutcome.FAILED;
        }
    }

    private String base() {
        if (!properties.publicUrl().isBlank()) {
            return properties.publicUrl().replaceAll("/+$", "");
        }
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        if (current == null) {
            return "http://localhost:" + serverPort;
        }
        HttpServletRequest request = current.getHttpServletRequest();
        boolean defaultPort = (request.getScheme().equals("http") && request.getServerPort() == 80)
                || (request.getScheme().equals("https") && request.getServerPort() == 443);
        return request.getScheme() + "://" + request.getServerName()
                + (defaultPort ? "" : ":" + request.getServerPort()) + request.getContextPath();
    }
}
