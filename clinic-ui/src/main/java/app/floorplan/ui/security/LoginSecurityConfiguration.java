package app.floorplan.ui.security;

import app.floorplan.core.account.mfa.MfaPolicy;
import app.floorplan.core.account.mfa.MultiFactor;
import app.floorplan.core.account.mfa.OneTimeCodes;
import app.floorplan.core.account.mfa.SecondFactorDue;
import app.floorplan.core.account.throttle.FailedLoginStore;
import app.floorplan.core.account.throttle.LoginThrottle;
import app.floorplan.core.audit.AuditTrail;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/** Throttled logins, the TOTP second factor, per-role session timeouts and ending an account's sessions. */
@Configuration(proxyBeanMethods = false)
@Import({OneTimeCodes.class, MultiFactor.class, SecondFactorDue.class, MfaPolicy.class, SecondFactorStep.class})
@EnableConfigurationProperties({LoginThrottleProperties.class, SessionProperties.class})
class LoginSecurityConfiguration {

    @Bean
    LoginThrottle loginThrottle(FailedLoginStore store, LoginThrottleProperties properties, Clock clock) {
        return new LoginThrottle(store, properties.accountRules(), properties.addressRules(), clock);
    }

    /** The only authentication provider: Spring Security uses it instead of its default password check. */
    @Bean
    ThrottledAuthenticationProvider throttledAuthenticationProvider(
            UserDetailsService users,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            SecondFactorDue secondFactorDue,
            AuditTrail audit) {
        return new ThrottledAuthenticationProvider(users, encoder, throttle, secondFactorDue, audit);
    }

    /** Registered with the servlet container as a session listener (Spring Boot does that for listener beans). */
    @Bean
    OpenSessions openSessions() {
        return new OpenSessions();
    }

    /** The hook {@code SecurityConfiguration} calls before Vaadin's configurer. */
    static void apply(HttpSecurity http, SessionProperties sessions, Clock clock) throws Exception {
        http.sessionManagement(
                session -> session.addSessionAuthenticationStrategy(new SignInSessionStrategy(sessions, clock)));
        http.addFilterBefore(new SessionLifetimeFilter(sessions, clock), SecurityContextHolderFilter.class);
        http.addFilterAfter(new SignInStageFilter(), AnonymousAuthenticationFilter.class);
    }

    /**
     * The second hook, called once Vaadin's configurer is applied, which must be the first to set up the form login
     * (its login view). The failure handler goes on the filter itself, after Vaadin has given the form login its
     * failure URL.
     */
    static void applyAfterVaadin(HttpSecurity http) throws Exception {
        http.formLogin(
                form -> form.withObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
                    @Override
                    public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(new LoginFailureHandler());
                        return filter;
                    }
                }));
    }
}
