package app.floorplan.core.account.password;

import app.floorplan.core.account.PasswordHash;

/** Port: whether a typed password matches a stored {@link PasswordHash} (the same encoder that made the hash). */
@FunctionalInterface
public interface PasswordVerifier {
    boolean matches(CharSequence rawPassword, PasswordHash hash);
}
