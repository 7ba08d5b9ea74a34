package app.floorplan.core.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.floorplan.core.account.Account;
import app.floorplan.core.account.InMemoryAccounts;
import app.floorplan.core.account.PasswordHash;
import app.floorplan.core.account.Username;
import app.floorplan.core.account.password.NewPassword;
import app.floorplan.core.account.password.PasswordPolicy;
import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditEvent;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.testing.SteppingClock;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.core.validation.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of one-time links: hash-only storage, exact expiry, single use, replacement by a newer link. */
class LoginLinkTest {

    private static final Instant ISSUED = Instant.parse("2026-11-22T09:00:00Z");
    private static final NewPassword GOOD = new NewPassword("Harbour-Lantern-Meadow-7", "Harbour-Lantern-Meadow-7");

    private final SteppingClock clock = new SteppingClock(ISSUED);
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final InMemoryLoginTokens tokens = new InMemoryLoginTokens();
    private final List<AuditEvent> audit = new ArrayList<>();
    private final LinkIssuer issuer = new LinkIssuer(tokens, LinkLifetimes.DEFAULT, clock);
    private final LinkRedemption redemption = new LinkRedemption(
            tokens,
            accounts,
            new PasswordPolicy(),
            raw -> new PasswordHash("{test}" + raw),
            new AuditTrail(audit::add, clock),
            clock);
    private final Account chloe = new Account(
            AccountId.random(),
            ClinicId.random(),
            new Username("chloe.dupre"),
            "Chloé Dupré",
            Role.PATIENT,
            new PasswordHash("{test}nobody-knows"),
            false,
            Optional.of(PatientId.random()),
            0);

    LoginLinkTest() {
        accounts.add(chloe);
    }

    @Test
    void a_link_carries_256_random_bits_and_only_its_sha256_is_stored() {
        IssuedLink link = issuer.issue(chloe, TokenPurpose.ACTIVATION);

        // 32 bytes in unpadded base64url
        assertThat(link.secret()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(link.toString()).doesNotContain(link.secret());
        assertThat(tokens.stored).singleElement().satisfies(token -> {
            assertThat(token.hash()).isEqualTo(TokenHash.of(link.secret()));
            assertThat(token.toString()).doesNotContain(link.secret());
            assertThat(token.expiresAt()).isEqualTo(ISSUED.plus(Duration.ofHours(72)));
        });
        assertThat(issuer.issue(chloe, TokenPurpose.ACTIVATION).secret()).isNotEqualTo(link.secret());
    }

    @Test
    void an_activation_link_works_until_just_before_72_hours_and_not_at_72_hours() {
        IssuedLink link = issuer.issue(chloe, TokenPurpose.ACTIVATION);

        clock.set(ISSUED.plus(Duration.ofHours(72)).minusMillis(1));
        assertThat(redemption.open(link.secret(), TokenPurpose.ACTIVATION)).contains("chloe.dupre");

        clock.set(ISSUED.plus(Duration.ofHours(72)));
        assertThat(redemption.open(link.secret(), TokenPurpose.ACTIVATION)).isEmpty();
        assertThatThrownBy(() -> redemption.redeem(link.secret(), TokenPurpose.ACTIVATION, GOOD))
                .isInstanceOf(UnusableLinkException.class)
                .hasMessage("This link has expired or was already used. Ask your physiotherapist for a new one.");
        assertThat(accounts.findById(chloe.id()).orElseThrow().enabled()).isFalse();
    }

    @Test
    void a_reset_link_lasts_one_hour() {
        Account enabled = enable(chloe);
        IssuedLink link = issuer.issue(enabled, TokenPurpose.RESET);

        assertThat(link.expiresAt()).isEqualTo(ISSUED.plus(Duration.ofHours(1)));
        clock.set(ISSUED.plus(Duration.ofMinutes(61)));
        assertThat(redemption.open(link.secret(), TokenPurpose.RESET)).isEmpty();
    }

    @Test
    void activating_sets_the_password_enables_the_login_and_the_link_works_only_once() {
        IssuedLink link = issuer.issue(chloe, TokenPurpose.ACTIVATION);

        assertThat(redemption.redeem(link.secret(), TokenPurpose.ACTIVATION, GOOD))
                .isEqualTo("chloe.dupre");

        Account activated = accounts.findById(chloe.id()).orElseThrow();
        assertThat(activated.enabled()).isTrue();
        assertThat(activated.passwordHash().value()).isEqualTo("{test}Harbour-Lantern-Meadow-7");
        assertThat(audit).extracting(AuditEvent::action).containsExactly(AuditAction.ACCOUNT_ACTIVATED);
        assertThat(audit.getFirst().actor()).contains(chloe.id());
        assertThatThrownBy(() -> redemption.redeem(link.secret(), TokenPurpose.ACTIVATION, GOOD))
                .isInstanceOf(UnusableLinkException.class);
    }

    @Test
    void a_refused_password_keeps_the_link_usable() {
        IssuedLink link = issuer.issue(chloe, TokenPurpose.ACTIVATION);

        InvalidInputException tooShort = catchThrowableOfType(
                InvalidInputException.class,
                () -> redemption.redeem(link.secret(), TokenPurpose.ACTIVATION, new NewPassword("short", "short")));
        InvalidInputException mismatch = catchThrowableOfType(
                InvalidInputException.class,
                () -> redemption.redeem(
                        link.secret(),
                        TokenPurpose.ACTIVATION,
                        new NewPassword("Harbour-Lantern-Meadow-7", "Harbour-Lantern-Meadow-8")));

        assertThat(tooShort.violations()).containsExactly(new Violation("password", "Use at least 12 characters"));
        assertThat(mismatch.violations())
                .containsExactly(new Violation("repeat", "The two passwords are not the same"));
        assertThat(redemption.open(link.secret(), TokenPurpose.ACTIVATION)).isPresent();
    }

    @Test
    void a_new_link_replaces_the_older_one() {
        IssuedLink first = issuer.issue(chloe, TokenPurpose.ACTIVATION);
        IssuedLink second = issuer.issue(chloe, TokenPurpose.ACTIVATION);

        assertThat(redemption.open(first.secret(), TokenPurpose.ACTIVATION)).isEmpty();
        assertThat(redemption.open(second.secret(), TokenPurpose.ACTIVATION)).contains("chloe.dupre");
    }

    @Test
    void a_link_works_only_for_its_purpose_and_an_unknown_one_reads_like_a_used_one() {
        IssuedLink activation = issuer.issue(chloe, TokenPurpose.ACTIVATION);

        assertThat(redemption.open(activation.secret(), TokenPurpose.RESET)).isEmpty();
        assertThatThrownBy(() -> redemption.redeem("made-up-secret", TokenPurpose.ACTIVATION, GOOD))
                .isInstanceOf(UnusableLinkException.class)
                .hasMessage(UnusableLinkException.MESSAGE);
    }

    @Test
    void a_reset_link_never_reopens_a_login_that_was_disabled_meanwhile() {
        Account enabled = enable(chloe);
        IssuedLink reset = issuer.issue(enabled, TokenPurpose.RESET);
        accounts.setEnabled(chloe.id(), false);

        assertThatThrownBy(() -> redemption.redeem(reset.secret(), TokenPurpose.RESET, GOOD))
                .isInstanceOf(UnusableLinkException.class);
    }

    @Test
    void redeeming_a_reset_link_answers_the_open_reset_request() {
        Account enabled = enable(chloe);
        tokens.recordResetRequest(chloe.id(), ISSUED);
        IssuedLink reset = issuer.issue(enabled, TokenPurpose.RESET);
        assertThat(tokens.resetRequestedAt(chloe.id()))
                .as("issuing answers the request")
                .isEmpty();

        redemption.redeem(reset.secret(), TokenPurpose.RESET, GOOD);

        assertThat(audit).extracting(AuditEvent::action).containsExactly(AuditAction.PASSWORD_RESET);
    }

    private Account enable(Account account) {
        accounts.setEnabled(account.id(), true);
        return accounts.findById(account.id()).orElseThrow();
    }
}
