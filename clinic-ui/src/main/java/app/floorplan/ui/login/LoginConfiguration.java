package app.floorplan.ui.login;

import app.floorplan.core.login.LinkIssuer;
import app.floorplan.core.login.LinkLifetimes;
import app.floorplan.core.login.LinkRedemption;
import app.floorplan.core.login.LoginTokenRepository;
import app.floorplan.core.login.PasswordResetRequests;
import app.floorplan.core.login.PatientLogins;
import app.floorplan.core.login.StaffPasswordResets;
import app.floorplan.core.reminder.PracticeReminders;
import app.floorplan.ui.patient.PatientTab;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

@Configuration(proxyBeanMethods = false)
@Import({PatientLogins.class, LinkRedemption.class, PasswordResetRequests.class, StaffPasswordResets.class})
@EnableConfigurationProperties(PortalProperties.class)
class LoginConfiguration {

    @Bean
    LinkIssuer linkIssuer(LoginTokenRepository tokens, PortalProperties properties, Clock clock) {
        return new LinkIssuer(tokens, new LinkLifetimes(properties.activationTtl(), properties.resetTtl()), clock);
    }

    @Bean
    PatientTab portalLoginTab(
            PatientLogins logins, PracticeReminders reminders, PortalLinkDelivery delivery, Clock clock) {
        // after the program
        return PatientTab.of(
                40,
                "Portal login",
                patient -> new PortalLoginPanel(patient, logins, reminders, delivery, clock.getZone()));
    }
}
