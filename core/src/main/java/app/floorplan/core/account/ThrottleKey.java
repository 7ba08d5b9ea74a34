package app.floorplan.core.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
        return new ThrottleKey(Kind.ACCOUNT, sha256(typed.strip().toLowerCase(Locale.ROOT)));
    }

    public static ThrottleKey forAddress(String address) {
        return new ThrottleKey(Kind.ADDRESS, sha256(address.strip()));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }
}
