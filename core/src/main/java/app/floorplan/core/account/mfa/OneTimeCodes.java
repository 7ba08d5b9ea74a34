package app.floorplan.core.account.mfa;

import app.floorplan.core.digest.Sha256;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.LongStream;

/**
 * RFC 6238 codes as every authenticator app makes them (SHA-1, 6 digits, 30-second steps). One step either side is
 * accepted for clock drift (RFC 6238 section 5.2 recommends at most one step of network delay).
 */
public final class OneTimeCodes {

    public static final int STEP_SECONDS = 30;
    public static final int RECOVERY_CODE_COUNT = 10;
    private static final int TOLERANCE_STEPS = 1;

    private final DefaultCodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    public TotpSecret newSecret() {
        // 32 Base32 characters = 160 bits, the HMAC-SHA1 key size RFC 4226 section 4 recommends
        return new TotpSecret(new DefaultSecretGenerator(32).generate());
    }

    public List<String> newRecoveryCodes() {
        return List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODE_COUNT));
    }

    public static long stepAt(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    public String codeAt(TotpSecret secret, long step) {
        try {
            return generator.generate(secret.base32(), step);
        } catch (CodeGenerationException broken) {
            throw new IllegalStateException("cannot compute a one-time code", broken);
        }
    }

    /** The time step the typed code belongs to, within the tolerance around now. */
    public OptionalLong matchingStep(TotpSecret secret, String typed, Instant now) {
        String code = typed.strip();
        if (!code.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        return LongStream.rangeClosed(current - TOLERANCE_STEPS, current + TOLERANCE_STEPS)
                .filter(step -> constantTimeEquals(codeAt(secret, step), code))
                .findFirst();
    }

    /** Recovery codes are random (about 80 bits), so a plain SHA-256 suffices; no slow password hash needed. */
    public static String recoveryCodeHash(String typed) {
        return Sha256.hex(typed.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(
                a.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                b.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
