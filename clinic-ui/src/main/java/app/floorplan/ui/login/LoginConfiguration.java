package app.floorplan.ui.login;

import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.account.AccountSessions;
import app.floorplan.core.account.password.PasswordHasher;
import app.floorplan.core.account.password.PasswordPolicy;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.clinic.ClinicRepository;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.login.LinkIssuer;
import app.floorplan.core.login.LinkLifetimes;
import app.floorplan.core.login.LinkRedemption;
import app.floorplan.core.login.LoginTokenRepository;
import app.floorplan.core.login.PasswordResetRequests;
import app.floorplan.core.login.PatientLogins;
import app.floorplan.core.login.StaffPasswordResets;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.reminder.PracticeReminders;
import app.floorplan.ui.patient.PatientTab;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalProperties.class)
class LoginConfiguration {

    @Bean
    LinkIssuer linkIssuer(LoginTokenRepository tokens, PortalProperties properties, Clock clock) {
        return new LinkIssuer(tokens, new LinkLifetimes(properties.activationTtl(), properties.resetTtl()), clock);
    }

    @Bean
    PatientLogins patientLogins(
            AccountRepository accounts,
            PatientRepository patients,
            ClinicRepository clinics,
            LoginTokenRepository tokens,
            LinkIssuer issuer,
            PortalLinkDelivery delivery,
            PasswordHasher hasher,
            CurrentActor currentActor,
            AuditTrail audit,
            Clock clock,
            AccountSessions sessions) {
        return new PatientLogins(
                accounts, patients, clinics, tokens, issuer, delivery, hasher, currentActor, audit, clock, sessions);
    }

    @Bean
    LinkRedemption linkRedemption(
            LoginTokenRepository tokens,
            AccountRepository accounts,
            PasswordPolicy policy,
            PasswordHasher hasher,
            AuditTrail audit,
            Clock clock) {
        return new LinkRedemption(tokens, accounts, policy, hasher, audit, clock);
    }

    @Bean
    PasswordResetRequests passwordResetRequests(
            AccountRepository accounts,
            PatientRepository patients,
            ClinicRepository clinics,
            LoginTokenRepository tokens,
            LinkIssuer issuer,
            PortalLinkDelivery delivery,
            AuditTrail audit,
            Clock clock) {
        return new PasswordResetRequests(accounts, patients, clinics, tokens, issuer, delivery, audit, clock);
    }

    @Bean
    StaffPasswordResets staffPasswordResets(
            AccountRepository accounts,
            LoginTokenRepository tokens,
            LinkIssuer issuer,
            CurrentActor currentActor,
            AuditTrail audit) {
        return new StaffPasswordResets(accounts, tokens, issuer, currentActor, audit);
    }

    @Bean
    PatientTab portalLoginTab(
            PatientLogins logins, PracticeReminders reminders, PortalLinkDelivery delivery, Clock clock) {
        return new PortalLoginTab(logins, reminders, delivery, clock);
    }
}
