package app.floorplan.core.login;

import java.time.Instant;
import java.util.Optional;

/**
 * A patient's login as the PT sees it: never the password hash, never a link's secret.
 *
 * @param openLink purpose and expiry of the newest link that still works
 * @param resetRequestedAt when she asked for a new password that no e-mail could bring her
 */
public record PatientLogin(
        String username,
        boolean enabled,
        Optional<TokenPurpose> openLinkPurpose,
        Optional<Instant> openLink,
        Optional<Instant> resetRequestedAt) {}
