package app.floorplan.core.account;

/** Port: whether a typed password matches a stored {@link PasswordHash} (the same encoder that made the hash). */
@FunctionalInterface
public interface PasswordVerifier {
    boolean matches(CharSequence rawPassword, PasswordHash hash);
}
