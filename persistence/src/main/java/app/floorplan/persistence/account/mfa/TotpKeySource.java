package app.floorplan.persistence.account.mfa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the key for authenticator secrets comes from, first match wins: the key itself ({@code FLOORPLAN_TOTP_KEY}), a
 * key file ({@code FLOORPLAN_TOTP_KEY_FILE}, made with a new key when it does not exist yet), or, for the embedded
 * database of the one-command run, a key file next to its data directory. Against a configured database server with
 * neither, FloorPlan does not start: a key made up on the spot would be lost with the container, and with it every
 * enrolled authenticator app.
 */
final class TotpKeySource {

    static final String NO_KEY = "FloorPlan stores authenticator (TOTP) secrets encrypted with a key kept outside the"
            + " database. Set FLOORPLAN_TOTP_KEY to 32 random bytes in Base64 (openssl rand -base64 32) or"
            + " FLOORPLAN_TOTP_KEY_FILE to a file on a volume of its own (created on first start); see docs/security.md.";

    private static final Logger log = LoggerFactory.getLogger(TotpKeySource.class);

    private TotpKeySource() {}

    /**
     * @param key the Base64 key, blank when not set
     * @param keyFile the key file, blank when not set
     * @param embeddedDirectory the embedded database's data directory, empty when a database server is configured
     * @param previousKeys comma-separated Base64 keys being rotated out, blank when none
     */
    static TotpSecretCipher cipher(String key, String keyFile, Optional<Path> embeddedDirectory, String previousKeys) {
        TotpKey current;
        if (!key.isBlank()) {
            current = TotpKey.parse(key);
        } else if (!keyFile.isBlank()) {
            current = readOrCreate(Path.of(keyFile));
        } else if (embeddedDirectory.isPresent()) {
            Path directory = embeddedDirectory.get().toAbsolutePath();
            current = readOrCreate(directory.resolveSibling(directory.getFileName() + ".totp-key"));
        } else {
            throw new IllegalStateException(NO_KEY);
        }
        List<TotpKey> previous = Arrays.stream(previousKeys.split(","))
                .filter(text -> !text.isBlank())
                .map(TotpKey::parse)
                .toList();
        return new TotpSecretCipher(current, previous);
    }

    static TotpKey readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return TotpKey.parse(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the authenticator key file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException anotherStartWasFaster) {
            return;
        }
        Files.writeString(file, TotpKey.generate(new SecureRandom()).base64() + "\n", StandardCharsets.US_ASCII);
        log.info("Made a new key for authenticator secrets in {}: back it up apart from the database backups", file);
    }
}
