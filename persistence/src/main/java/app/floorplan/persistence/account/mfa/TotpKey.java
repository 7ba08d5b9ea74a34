package app.floorplan.persistence.account.mfa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A 256-bit AES key for authenticator secrets, written as Base64 (e.g. from {@code openssl rand -base64 32}). Its id is
 * a short fingerprint stored next to each sealed secret, so a rotated key is found again; the fingerprint is a hash of
 * the key and reveals nothing about it.
 */
record TotpKey(String id, SecretKey key) {

    static final int BYTES = 32;

    static TotpKey parse(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("the authenticator secret key is not Base64 text");
        }
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException(
                    "the authenticator secret key must be " + BYTES + " bytes (openssl rand -base64 32)");
        }
        return new TotpKey(fingerprint(bytes), new SecretKeySpec(bytes, "AES"));
    }

    static TotpKey generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return parse(Base64.getEncoder().encodeToString(bytes));
    }

    String base64() {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    private static String fingerprint(byte[] key) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update("floorplan totp key id".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha256.digest(key), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "TotpKey[" + id + "]";
    }
}
