package app.floorplan.ui.account;

import app.floorplan.core.account.AccountDirectory;
import app.floorplan.core.account.LoginAccounts;
import app.floorplan.core.account.password.PasswordChange;
import app.floorplan.core.account.password.PasswordPolicy;
import app.floorplan.core.account.password.PasswordVerifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@Import({AccountDirectory.class, LoginAccounts.class, PasswordPolicy.class, PasswordChange.class})
class AccountConfiguration {

    @Bean
    PasswordVerifier passwordVerifier(PasswordEncoder encoder) {
        return (raw, hash) -> encoder.matches(raw, hash.value());
    }
}
