package app.floorplan.ui.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code floorplan.portal.*}: how long links work, the public address links point to, and the sender of link e-mails.
 *
 * @param publicUrl e.g. {@code https://floorplan.example-clinic.org}; empty: links use the address the PT's browser
 *     uses, and "forgot password" requests wait for the PT instead of being mailed
 */
@ConfigurationProperties("floorplan.portal")
record PortalProperties(
        @DefaultValue("72h") Duration activationTtl,
        @DefaultValue("1h") Duration resetTtl,
        @DefaultValue("") String publicUrl,
        @DefaultValue("floorplan@localhost") String mailFrom) {}
