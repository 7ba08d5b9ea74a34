package app.floorplan.core.account.throttle;

import app.floorplan.core.digest.Sha256;
import java.util.Locale;
import java.util.Objects;

/**
 * What failed logins are counted against: a typed user name (known or not, so an unknown name is throttled exactly
 * like a real one) or a source address. Only a SHA-256 digest is kept: a typed user name may be a mistyped password.
 */
public record ThrottleKey(Kind kind, String digest) {

    public enum Kind {
        ACCOUNT,
        ADDRESS
    }

    public ThrottleKey {
        Objects.requireNonNull(kind, "kind");
        if (!digest.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a throttle key is a SHA-256 digest");
        }
    }

    public static ThrottleKey forUsername(String typed) {
        return new ThrottleKey(Kind.ACCOUNT, Sha256.hex(typed.strip().toLowerCase(Locale.ROOT)));
    }

    public static ThrottleKey forAddress(String address) {
        return new ThrottleKey(Kind.ADDRESS, Sha256.hex(address.strip()));
    }
}
