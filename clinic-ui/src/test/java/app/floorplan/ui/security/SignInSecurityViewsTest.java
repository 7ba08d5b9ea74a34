package app.floorplan.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.StaffAccounts;
import app.floorplan.core.account.Account;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.account.mfa.MfaStore;
import app.floorplan.core.account.mfa.OneTimeCodes;
import app.floorplan.core.account.mfa.TotpSecret;
import app.floorplan.core.account.password.PasswordHasher;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

@FloorPlanAppTest
class SignInSecurityViewsTest extends SpringBrowserlessTest {

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordHasher hasher;

    @Autowired
    UserDetailsService users;

    @Autowired
    MfaStore mfa;

    private final OneTimeCodes codes = new OneTimeCodes();
    private Account pt;
    private UserDetails user;

    @BeforeEach
    void freshPt() {
        pt = StaffAccounts.freshPt(accounts, hasher);
        user = users.loadUserByUsername(pt.username().value());
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_pt_enrols_an_authenticator_app_with_the_qr_code_or_the_typed_key_and_sees_ten_recovery_codes() {
        logInAs(user.getAuthorities().iterator().next().getAuthority());
        navigate(SignInSecurityView.class);
        assertThat($view(Paragraph.class).id("mfa-status").getText()).contains("No authenticator app yet");

        test($view(Button.class).id("mfa-start")).click();
        assertThat($view(Image.class).id("mfa-qr").getSrc()).startsWith("data:image/png;base64,");
        var secret = new TotpSecret($view(Span.class).id("mfa-secret").getText().replace(" ", ""));
        test($view(TextField.class).id("mfa-code")).setValue(codes.codeAt(secret, OneTimeCodes.stepAt(Instant.now())));
        test($view(Button.class).id("mfa-confirm")).click();

        UnorderedList recovery = $view(UnorderedList.class).id("mfa-recovery-codes");
        assertThat(recovery.getChildren().filter(ListItem.class::isInstance)).hasSize(10);
        assertThat(mfa.find(pt.id())).isPresent();
        test($view(Button.class).id("mfa-done")).click();
        assertThat($view(Paragraph.class).id("mfa-status").getText()).contains("Recovery codes left: 10");
    }

    @Test
    void a_wrong_confirmation_code_is_explained_at_the_field_and_nothing_is_stored() {
        logInAs(user.getAuthorities().iterator().next().getAuthority());
        navigate(SignInSecurityView.class);
        test($view(Button.class).id("mfa-start")).click();

        test($view(TextField.class).id("mfa-code")).setValue("000000");
        test($view(Button.class).id("mfa-confirm")).click();

        TextField code = $view(TextField.class).id("mfa-code");
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains("does not match");
        assertThat(mfa.find(pt.id())).isEmpty();
    }

    @Test
    void the_code_step_refuses_a_wrong_code_and_keeps_the_login_unfinished() {
        mfa.enrol(pt.id(), codes.newSecret(), List.of(), Instant.now());
        logInAs("MFA_PENDING");
        navigate(LoginCodeView.class);

        test($view(TextField.class).id("login-code")).setValue("123456");
        test($view(Button.class).id("login-code-submit")).click();

        TextField code = $view(TextField.class).id("login-code");
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains("did not work");
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(Object::toString)
                .containsExactly("MFA_PENDING");
    }

    private void logInAs(String authority) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user, null, List.of(new SimpleGrantedAuthority(authority))));
    }
}
