package app.floorplan.persistence.account.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.account.mfa.TotpSecret;
import app.floorplan.core.identity.AccountId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TotpKeySourceTest {

    private final AccountId account = AccountId.random();
    private final TotpSecret secret = new TotpSecret("JBSWY3DPEHPK3PXP");

    @TempDir
    Path temp;

    @Test
    void against_a_database_server_without_a_key_floorplan_does_not_start_and_says_what_to_set() {
        assertThatThrownBy(() -> TotpKeySource.cipher("", "", Optional.empty(), ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FLOORPLAN_TOTP_KEY")
                .hasMessageContaining("openssl rand -base64 32");
    }

    @Test
    void the_embedded_run_makes_a_key_file_beside_its_data_directory_readable_only_by_its_owner_and_reuses_it()
            throws Exception {
        Path data = temp.resolve("pgdata");

        String stored = TotpKeySource.cipher("", "", Optional.of(data), "").seal(account, secret);
        TotpSecretCipher afterRestart = TotpKeySource.cipher("", "", Optional.of(data), "");

        Path keyFile = temp.resolve("pgdata.totp-key");
        assertThat(keyFile).exists();
        assertThat(data).doesNotExist();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                .isEqualTo("rw-------");
        assertThat(afterRestart.open(account, stored)).isEqualTo(secret);
    }

    @Test
    void a_configured_key_file_is_made_on_first_start_and_read_after() {
        Path keyFile = temp.resolve("keys/totp.key");

        String stored = TotpKeySource.cipher("", keyFile.toString(), Optional.empty(), "")
                .seal(account, secret);

        assertThat(keyFile).exists();
        assertThat(TotpKeySource.cipher("", keyFile.toString(), Optional.empty(), "")
                        .open(account, stored))
                .isEqualTo(secret);
    }

    @Test
    void a_key_given_directly_wins_over_the_embedded_key_file() {
        TotpKey key = TotpKey.generate(new SecureRandom());

        String stored = TotpKeySource.cipher(key.base64(), "", Optional.of(temp.resolve("pgdata")), "")
                .seal(account, secret);

        assertThat(stored).startsWith("aesgcm1:" + key.id() + ":");
        assertThat(temp.resolve("pgdata.totp-key")).doesNotExist();
    }

    @Test
    void previous_keys_still_open_what_they_sealed() {
        TotpKey old = TotpKey.generate(new SecureRandom());
        TotpKey next = TotpKey.generate(new SecureRandom());
        String stored =
                TotpKeySource.cipher(old.base64(), "", Optional.empty(), "").seal(account, secret);

        TotpSecretCipher rotated = TotpKeySource.cipher(next.base64(), "", Optional.empty(), " " + old.base64() + " ,");

        assertThat(rotated.open(account, stored)).isEqualTo(secret);
    }

    @Test
    void a_key_of_the_wrong_length_is_refused_with_how_to_make_one() {
        assertThatThrownBy(() -> TotpKeySource.cipher("c2hvcnQ=", "", Optional.empty(), ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
    }
}
