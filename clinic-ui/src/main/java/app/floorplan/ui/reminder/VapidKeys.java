package app.floorplan.ui.reminder;

import app.floorplan.core.reminder.VapidKeyPair;
import app.floorplan.core.reminder.VapidKeyStore;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;

/** Where the VAPID key pair comes from: configured, else the one kept in the database, else a new one kept there. */
final class VapidKeys {

    private VapidKeys() {}

    static VapidKeyPair load(ReminderProperties properties, VapidKeyStore store, Clock clock) {
        if (!properties.vapidPublicKey().isBlank()
                || !properties.vapidPrivateKey().isBlank()) {
            return new VapidKeyPair(
                    properties.vapidPublicKey().strip(),
                    properties.vapidPrivateKey().strip());
        }
        return store.find().orElseGet(() -> store.keep(generate(), clock.instant()));
    }

    /** A new P-256 key pair in the browsers' format: the public key as 0x04 || x || y, the private key as d. */
    static VapidKeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            var pair = generator.generateKeyPair();
            var publicKey = (ECPublicKey) pair.getPublic();
            var privateKey = (ECPrivateKey) pair.getPrivate();
            byte[] point = new byte[65];
            point[0] = 0x04;
            System.arraycopy(unsigned32(publicKey.getW().getAffineX()), 0, point, 1, 32);
            System.arraycopy(unsigned32(publicKey.getW().getAffineY()), 0, point, 33, 32);
            Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
            return new VapidKeyPair(
                    base64url.encodeToString(point), base64url.encodeToString(unsigned32(privateKey.getS())));
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("this JVM cannot make P-256 keys", missing);
        }
    }

    private static byte[] unsigned32(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length == 32) {
            return bytes;
        }
        byte[] fixed = new byte[32];
        int copy = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - copy, fixed, 32 - copy, copy);
        Arrays.fill(fixed, 0, 32 - copy, (byte) 0);
        return fixed;
    }
}
