package app.floorplan.persistence.account.mfa;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The cipher for authenticator secrets, with its key from configuration (see {@link TotpKeySource}). */
@Configuration(proxyBeanMethods = false)
class TotpKeyConfiguration {

    @Bean
    TotpSecretCipher totpSecretCipher(
            @Value("${floorplan.security.totp-key:}") String key,
            @Value("${floorplan.security.totp-key-file:}") String keyFile,
            @Value("${floorplan.security.totp-previous-keys:}") String previousKeys,
            @Value("${spring.datasource.url:}") String databaseUrl,
            @Value("${floorplan.embedded-db.directory:}") String embeddedDirectory) {
        // the same condition that starts the embedded database (EmbeddedPostgresConfiguration)
        Optional<Path> embedded = databaseUrl.isBlank() && !embeddedDirectory.isBlank()
                ? Optional.of(Path.of(embeddedDirectory))
                : Optional.empty();
        return TotpKeySource.cipher(key, keyFile, embedded, previousKeys);
    }

    /** Reseals the stored secrets once at start-up, before anyone signs in with a rotated key. */
    @Bean
    ApplicationRunner totpSecretResealing(JdbcClient jdbc, TotpSecretCipher cipher) {
        var resealing = new TotpSecretResealing(jdbc, cipher);
        return args -> resealing.reseal();
    }
}
