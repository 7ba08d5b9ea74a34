package app.floorplan.persistence.account.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.account.mfa.TotpSecret;
import app.floorplan.core.identity.AccountId;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class TotpSecretCipherTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TotpKey key = TotpKey.generate(RANDOM);
    private final TotpSecretCipher cipher = new TotpSecretCipher(key, List.of());
    private final AccountId account = AccountId.random();
    private final TotpSecret secret = new TotpSecret("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");

    @Test
    void a_sealed_secret_opens_to_the_same_secret_and_does_not_show_it() {
        String stored = cipher.seal(account, secret);

        assertThat(stored).startsWith("aesgcm1:" + key.id() + ":").doesNotContain(secret.base32());
        assertThat(stored).matches("aesgcm1:[0-9a-f]{8}:[A-Za-z0-9_-]{40,}");
        assertThat(cipher.open(account, stored)).isEqualTo(secret);
    }

    @Test
    void sealing_the_same_secret_twice_gives_different_text() {
        assertThat(cipher.seal(account, secret)).isNotEqualTo(cipher.seal(account, secret));
    }

    @Test
    void a_sealed_secret_copied_to_another_account_does_not_open() {
        String stored = cipher.seal(account, secret);

        assertThatThrownBy(() -> cipher.open(AccountId.random(), stored))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not open");
    }

    @Test
    void a_changed_character_in_the_sealed_text_is_detected() {
        String stored = cipher.seal(account, secret);
        char last = stored.charAt(stored.length() - 2);
        String changed = stored.substring(0, stored.length() - 2)
                + (last == 'A' ? 'B' : 'A')
                + stored.charAt(stored.length() - 1);

        assertThatThrownBy(() -> cipher.open(account, changed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_secret_sealed_with_a_key_that_is_being_rotated_out_still_opens_and_is_not_current() {
        TotpKey next = TotpKey.generate(RANDOM);
        String stored = cipher.seal(account, secret);
        TotpSecretCipher rotated = new TotpSecretCipher(next, List.of(key));

        assertThat(rotated.open(account, stored)).isEqualTo(secret);
        assertThat(rotated.isSealedWithCurrentKey(stored)).isFalse();
        assertThat(rotated.isSealedWithCurrentKey(rotated.seal(account, secret)))
                .isTrue();
    }

    @Test
    void a_secret_sealed_with_an_unknown_key_names_the_key_id_and_not_the_secret() {
        String stored = new TotpSecretCipher(TotpKey.generate(RANDOM), List.of()).seal(account, secret);

        assertThatThrownBy(() -> cipher.open(account, stored))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(stored.split(":")[1])
                .hasMessageNotContaining(secret.base32());
    }

    @Test
    void a_plain_secret_from_before_encryption_is_read_as_it_is() {
        assertThat(cipher.open(account, secret.base32())).isEqualTo(secret);
        assertThat(cipher.isSealedWithCurrentKey(secret.base32())).isFalse();
    }
}
