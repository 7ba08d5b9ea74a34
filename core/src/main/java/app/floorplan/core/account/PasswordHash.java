package app.floorplan.core.account;

import java.util.Objects;

/** A password hash in the delegating encoder's format ({@code {argon2@...}...}); never a plain password. */
public record PasswordHash(String value) {
    public PasswordHash {
        Objects.requireNonNull(value, "value");
        if (!value.startsWith("{")) {
            throw new IllegalArgumentException(
                    "a password hash names its algorithm, e.g. {argon2@SpringSecurity_v5_8}");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[hidden]";
    }
}
