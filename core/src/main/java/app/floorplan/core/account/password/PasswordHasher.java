package app.floorplan.core.account.password;

import app.floorplan.core.account.PasswordHash;

/** Port: turns a typed password into a {@link PasswordHash} (Argon2 via Spring Security's delegating encoder). */
public interface PasswordHasher {
    PasswordHash hash(CharSequence rawPassword);
}
