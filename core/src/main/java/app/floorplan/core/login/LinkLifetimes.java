package app.floorplan.core.login;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a link works. Short, because a link is a password in transit: 72 hours gives a patient a weekend to
 * activate; an hour suffices for a reset she asked for herself (OWASP Forgot Password Cheat Sheet).
 */
public record LinkLifetimes(Duration activation, Duration reset) {

    public static final LinkLifetimes DEFAULT = new LinkLifetimes(Duration.ofHours(72), Duration.ofHours(1));

    public LinkLifetimes {
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(reset, "reset");
        if (activation.isNegative() || activation.isZero() || reset.isNegative() || reset.isZero()) {
            throw new IllegalArgumentException("link lifetimes must be positive");
        }
    }

    Duration of(TokenPurpose purpose) {
        return switch (purpose) {
            case ACTIVATION -> activation;
            case RESET -> reset;
        };
    }
}
