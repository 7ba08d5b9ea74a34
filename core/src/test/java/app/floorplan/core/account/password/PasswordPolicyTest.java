package app.floorplan.core.account.password;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.demo.DemoClinic;
import app.floorplan.core.demo.DemoLogin;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final List<String> CHLOE = List.of("chloe.dupre", "Chloé Dupré");
    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void eleven_characters_are_refused_with_the_length_rule_and_twelve_strong_ones_accepted() {
        assertThat(policy.refusals("Kx9#vLq2!mZ", CHLOE)).containsExactly("Use at least 12 characters");
        assertThat(policy.refusals("Kx9#vLq2!mZr", CHLOE)).isEmpty();
    }

    @Test
    void length_counts_characters_not_bytes() {
        // 11 characters, 22 bytes in UTF-8: still too short
        assertThat(policy.refusals("ÄÖÜßéèàçñøå", CHLOE)).containsExactly("Use at least 12 characters");
    }

    @Test
    void a_long_pass_phrase_of_128_characters_is_accepted_and_no_composition_is_required() {
        String phrase = "lantern harbour meadow quietly folding paper cranes beside the river at dusk ";
        String long128 = (phrase + phrase).substring(0, 128);

        assertThat(long128).hasSize(128);
        assertThat(policy.refusals(long128, CHLOE)).isEmpty();
        assertThat(policy.refusals("correct horse battery staple", CHLOE))
                .as("no digits, capitals or symbols needed")
                .isEmpty();
    }

    @Test
    void more_than_256_characters_are_refused() {
        assertThat(policy.refusals("a-long-quiet-walk ".repeat(15), CHLOE))
                .containsExactly("Use at most 256 characters");
    }

    @Test
    void common_and_guessable_passwords_are_refused_with_advice_in_plain_words() {
        assertThat(policy.refusals("password1234", CHLOE))
                .singleElement()
                .asString()
                .startsWith("This password is too easy to guess: ")
                .contains("very common password");
        assertThat(policy.refusals("qwertyuiop12", CHLOE))
                .singleElement()
                .asString()
                .startsWith("This password is too easy to guess: ");
        assertThat(policy.refusals("aaaaaaaaaaaa", CHLOE)).hasSize(1);
    }

    @Test
    void a_password_built_around_the_user_name_or_the_name_is_refused() {
        // zxcvbn alone rates this one strong: it is the name rule that refuses it
        assertThat(policy.refusals("anna.berg2024!", List.of("anna", "Anna Berg")))
                .containsExactly(
                        "Do not build your password around your user name or your name: add words of your own");
        assertThat(policy.refusals("chloe.dupre2024!", CHLOE)).hasSize(1);
        assertThat(policy.refusals("Dupre-Chloe-1990", CHLOE)).hasSize(1);
        assertThat(policy.refusals("Chloé-Dupré-2024", CHLOE)).hasSize(1);
    }

    @Test
    void a_name_inside_a_password_that_is_strong_without_it_is_accepted() {
        assertThat(policy.refusals("Chloe-Harbour-Lantern-Meadow", CHLOE)).isEmpty();
    }

    @Test
    void every_demo_password_meets_the_policy() {
        for (DemoLogin login : DemoClinic.LOGINS) {
            assertThat(policy.refusals(login.password(), List.of(login.username(), login.displayName())))
                    .as(login.username())
                    .isEmpty();
        }
    }
}
