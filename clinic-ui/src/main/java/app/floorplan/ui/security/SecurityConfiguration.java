package app.floorplan.ui.security;

import app.floorplan.core.account.PasswordHash;
import app.floorplan.core.account.password.PasswordHasher;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.logout.CookieClearingLogoutHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Deny by default: every Vaadin view needs an access annotation, everything else needs a login, except the health
 * probes. Use cases carry {@code @RolesAllowed} too (JSR-250 method security) and check the record themselves.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    private static final String ARGON2 = "argon2@SpringSecurity_v5_8";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionProperties sessions, Clock clock)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll());
        http.headers(new SecurityHeaders());
        // the FHIR API answers 401 without a login instead of redirecting a program to the login page
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                PathPatternRequestMatcher.withDefaults().matcher("/api/**")));
        LoginSecurityConfiguration.apply(http, sessions, clock);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                // an address that matches no route reaches Vaadin's "page not found" once logged in, instead of an
                // empty 403; Vaadin still checks every route's own access annotations
                .anyRequest(AuthorizedUrl::authenticated)
                .addLogoutHandler(new CookieClearingLogoutHandler("JSESSIONID")));
        LoginSecurityConfiguration.applyAfterVaadin(http);
        return http.build();
    }

    /**
     * Argon2id for new hashes (no 72-byte input limit, unlike bcrypt); bcrypt hashes stay readable so imported
     * accounts keep working and are re-hashed on their next password change.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = Map.of(
                ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(ARGON2, encoders);
    }

    @Bean
    PasswordHasher passwordHasher(PasswordEncoder encoder) {
        return raw -> new PasswordHash(encoder.encode(raw));
    }
}
