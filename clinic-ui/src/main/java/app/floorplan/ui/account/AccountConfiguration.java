package app.floorplan.ui.account;

import app.floorplan.core.account.AccountDirectory;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.account.AccountSessions;
import app.floorplan.core.account.LoginAccounts;
import app.floorplan.core.account.password.PasswordChange;
import app.floorplan.core.account.password.PasswordHasher;
import app.floorplan.core.account.password.PasswordPolicy;
import app.floorplan.core.account.password.PasswordVerifier;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.CurrentActor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    @Bean
    AccountDirectory accountDirectory(
            AccountRepository accounts, CurrentActor currentActor, AuditTrail audit, AccountSessions sessions) {
        return new AccountDirectory(accounts, currentActor, audit, sessions);
    }

    @Bean
    LoginAccounts loginAccounts(AccountRepository accounts) {
        return new LoginAccounts(accounts);
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return new PasswordPolicy();
    }

    @Bean
    PasswordVerifier passwordVerifier(PasswordEncoder encoder) {
        return (raw, hash) -> encoder.matches(raw, hash.value());
    }

    @Bean
    PasswordChange passwordChange(
            AccountRepository accounts,
            PasswordPolicy policy,
            PasswordVerifier verifier,
            PasswordHasher hasher,
            CurrentActor currentActor,
            AuditTrail audit) {
        return new PasswordChange(accounts, policy, verifier, hasher, currentActor, audit);
    }
}
