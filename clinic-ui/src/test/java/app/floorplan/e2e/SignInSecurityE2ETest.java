package app.floorplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanServerTest;
import app.floorplan.StaffAccounts;
import app.floorplan.core.account.Account;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.account.AccountSessions;
import app.floorplan.core.account.mfa.OneTimeCodes;
import app.floorplan.core.account.mfa.TotpSecret;
import app.floorplan.core.account.password.PasswordHasher;
import app.floorplan.core.demo.DemoLogin;
import app.floorplan.core.identity.Role;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Real Chromium: an authenticator app becomes part of the login, and a disabled account's open page ends. */
@FloorPlanServerTest
class SignInSecurityE2ETest extends BrowserTest {

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordHasher hasher;

    @Autowired
    AccountSessions sessions;

    private final OneTimeCodes codes = new OneTimeCodes();

    @Test
    void after_enrolling_an_app_the_next_login_needs_its_code() {
        DemoLogin login = freshLogin();
        logIn(login);
        page.navigate(url("/sign-in-security"));
        page.locator("#mfa-start").click();
        var secret = new TotpSecret(page.locator("#mfa-secret").innerText().replace(" ", ""));
        long step = OneTimeCodes.stepAt(Instant.now());
        page.locator("#mfa-code input").fill(codes.codeAt(secret, step));
        page.locator("#mfa-confirm").click();
        assertThat(page.locator("#mfa-recovery-codes li")).hasCount(10);
        page.locator("#mfa-done").click();
        assertThat(page.locator("#mfa-status")).containsText("Recovery codes left: 10");
        // a new visit without the old session (logout itself is proven in LoginSecurityTest)
        page.context().clearCookies();

        page.navigate(url("/"));
        submitLogin(login);

        assertThat(page).hasURL(Pattern.compile(".*/login/code$"));
        assertThat(page.locator("#current-user")).hasCount(0);
        // the enrolment used this step's code; the next step's is inside the tolerance and not a replay
        page.locator("#login-code input").fill(codes.codeAt(secret, step + 1));
        page.locator("#login-code-submit").click();
        assertThat(page.locator("#current-user")).containsText("Test Therapist");
    }

    @Test
    void a_login_gets_a_new_session_id_and_a_disabled_accounts_open_page_returns_to_the_login() {
        Account account = StaffAccounts.freshPt(accounts, hasher);
        DemoLogin login = asLogin(account);
        page.navigate(url("/login"));
        waitForVaadin();
        String before = sessionCookie();

        logIn(login);
        assertThat(sessionCookie()).isNotEqualTo(before);

        accounts.setEnabled(account.id(), false);
        sessions.endAll(account.id());
        page.getByText("Exercises").click();

        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        submitLogin(login);
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
    }

    private DemoLogin freshLogin() {
        return asLogin(StaffAccounts.freshPt(accounts, hasher));
    }

    private static DemoLogin asLogin(Account account) {
        return new DemoLogin(account.username().value(), StaffAccounts.PASSWORD, Role.PT, account.displayName());
    }

    private String sessionCookie() {
        return page.context().cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .map(c -> c.value)
                .findFirst()
                .orElse("");
    }
}
