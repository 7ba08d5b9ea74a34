package app.floorplan.ui.account;

import app.floorplan.core.account.AccountDirectory;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.account.AccountSessions;
import app.floorplan.core.account.LoginAccounts;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.CurrentActor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
}
