package app.floorplan.ui.reminder;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A local stand-in for a browser's push service and the browser behind it: it accepts Web Push requests (answering
 * 201 as push services do) and, holding the browser's keys, decrypts each payload (RFC 8291, aes128gcm of RFC 8188)
 * so a test can read exactly what a phone would show.
 */
final class PushReceiver implements AutoCloseable {

    record Received(String path, String authorization, String encoding, String payload) {}

    private final HttpServer server;
    private final KeyPair browserKeys;
    private final byte[] authSecret = new byte[16];
    final List<Received> received = new CopyOnWriteArrayList<>();

    PushReceiver() throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        browserKeys = generator.generateKeyPair();
        new SecureRandom().nextBytes(authSecret);
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/push/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String payload;
            try {
                payload = decrypt(body);
            } catch (GeneralSecurityException unreadable) {
                payload = "UNREADABLE: " + unreadable;
            }
            received.add(new Received(
                    exchange.getRequestURI().getPath(),
                    String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
                    String.valueOf(exchange.getRequestHeaders().getFirst("Content-Encoding")),
                    payload));
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        server.start();
    }

    String endpoint(String device) {
        return "http://localhost:" + server.getAddress().getPort() + "/push/" + device;
    }

    String p256dh() {
        return base64url(uncompressed((ECPublicKey) browserKeys.getPublic()));
    }

    String auth() {
        return base64url(authSecret);
    }

    private String decrypt(byte[] body) throws GeneralSecurityException {
        ByteBuffer in = ByteBuffer.wrap(body);
        byte[] salt = new byte[16];
        in.get(salt);
        in.getInt(); // record size
        byte[] serverKey = new byte[in.get() & 0xff];
        in.get(serverKey);
        byte[] cipherText = new byte[in.remaining()];
        in.get(cipherText);

        KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
        agreement.init(browserKeys.getPrivate());
        agreement.doPhase(publicKey(serverKey), true);
        byte[] shared = agreement.generateSecret();
        byte[] browserPublic = uncompressed((ECPublicKey) browserKeys.getPublic());
        byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), browserPublic, serverKey);
        byte[] ikm = expand(hmac(authSecret, shared), keyInfo, 32);
        byte[] prk = hmac(salt, ikm);
        byte[] cek = expand(prk, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
        byte[] nonce = expand(prk, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
        byte[] plain = aes.doFinal(cipherText);
        int end = plain.length - 1;
        while (end >= 0 && plain[end] == 0) {
            end--;
        }
        // the last record ends with the delimiter 0x02 (RFC 8188 section 2)
        return new String(plain, 0, end, StandardCharsets.UTF_8);
    }

    private ECPublicKey publicKey(byte[] point) throws GeneralSecurityException {
        var params = ((ECPublicKey) browserKeys.getPublic()).getParams();
        var w = new ECPoint(
                new BigInteger(1, Arrays.copyOfRange(point, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(point, 33, 65)));
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, params));
    }

    private static byte[] expand(byte[] prk, byte[] info, int length) throws GeneralSecurityException {
        return Arrays.copyOf(hmac(prk, concat(info, new byte[] {1})), length);
    }

    private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] uncompressed(ECPublicKey key) {
        byte[] point = new byte[65];
        point[0] = 4;
        copy32(key.getW().getAffineX(), point, 1);
        copy32(key.getW().getAffineY(), point, 33);
        return point;
    }

    private static void copy32(BigInteger value, byte[] into, int at) {
        byte[] bytes = value.toByteArray();
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, into, at + 32 - length, length);
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(part -> part.length).sum();
        ByteBuffer out = ByteBuffer.allocate(length);
        Arrays.stream(parts).forEach(out::put);
        return out.array();
    }

    private static String base64url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
