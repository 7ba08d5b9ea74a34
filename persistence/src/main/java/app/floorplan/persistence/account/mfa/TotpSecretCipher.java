package app.floorplan.persistence.account.mfa;

import app.floorplan.core.account.mfa.TotpSecret;
import app.floorplan.core.identity.AccountId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals authenticator secrets for the database with AES-256-GCM (the JDK's provider) under a key kept outside the
 * database, so a copy of the database or a backup alone does not let anyone produce a staff member's codes.
 *
 * <p>Stored form: {@code aesgcm1:<key id>:<Base64url of the 12-byte nonce, the ciphertext and the 16-byte tag>}. The
 * account id is authenticated with it (GCM's associated data), so a sealed secret copied to another account's row
 * does not open. Rows written before encryption hold the plain Base32 secret; they are still read and are sealed at
 * the next start ({@link TotpSecretResealing}).
 */
final class TotpSecretCipher {

    static final String PREFIX = "aesgcm1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final TotpKey current;
    private final Map<String, TotpKey> readable = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();

    /**
     * @param current seals every new secret and every re-sealed one
     * @param previous keys that are being rotated out: still opened, never used to seal
     */
    TotpSecretCipher(TotpKey current, List<TotpKey> previous) {
        this.current = current;
        readable.put(current.id(), current);
        previous.forEach(key -> readable.putIfAbsent(key.id(), key));
    }

    String seal(AccountId account, TotpSecret secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(
                Cipher.ENCRYPT_MODE, current, nonce, account, secret.base32().getBytes(StandardCharsets.US_ASCII));
        ByteBuffer stored =
                ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed);
        return PREFIX + current.id() + ":"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(stored.array());
    }

    /** The secret from its stored form: sealed under any known key, or plain Base32 from before encryption. */
    TotpSecret open(AccountId account, String stored) {
        if (!isSealed(stored)) {
            return new TotpSecret(stored);
        }
        String[] parts = stored.substring(PREFIX.length()).split(":", 2);
        TotpKey key = readable.get(parts[0]);
        if (key == null) {
            throw new IllegalStateException("The authenticator secret of account " + account + " was sealed with key "
                    + parts[0] + ", which is not configured (see docs/security.md)");
        }
        byte[] bytes = Base64.getUrlDecoder().decode(parts[1]);
        byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
        byte[] sealed = Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
        return new TotpSecret(
                new String(run(Cipher.DECRYPT_MODE, key, nonce, account, sealed), StandardCharsets.US_ASCII));
    }

    /** False for a plain secret and for one sealed under a previous key: both are re-sealed at start-up. */
    boolean isSealedWithCurrentKey(String stored) {
        return stored.startsWith(PREFIX + current.id() + ":");
    }

    static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    private static byte[] run(int mode, TotpKey key, byte[] nonce, AccountId account, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key.key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(account.value().toString().getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // a wrong key, a changed ciphertext or a secret moved to another account: never open it
            throw new IllegalStateException("The authenticator secret of account " + account + " does not open", e);
        }
    }
}
