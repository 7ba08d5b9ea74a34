package app.floorplan.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.core.account.password.NewPassword;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.login.IssuedLink;
import app.floorplan.core.login.LinkRedemption;
import app.floorplan.core.login.PatientLogins;
import app.floorplan.core.login.TokenPurpose;
import app.floorplan.core.patient.PatientRegistry;
import app.floorplan.ui.testing.UiFixtures;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

/** "Change my password" for a logged-in patient whose login was made for this test (demo passwords stay as they are). */
@FloorPlanAppTest
class ChangePasswordViewTest extends SpringBrowserlessTest {

    private static final String FIRST = "Harbour-Lantern-Meadow-7";
    private static final String NEXT = "Quiet-Orchard-Bicycle-4";

    @Autowired
    PatientRegistry registry;

    @Autowired
    PatientLogins logins;

    @Autowired
    LinkRedemption redemption;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder encoder;

    @Test
    @WithUserDetails("therapist")
    void a_wrong_current_password_or_a_weak_new_one_is_explained_next_to_its_field_and_typing_is_kept() {
        String username = patientLoginWithPassword(FIRST);
        logInAs(username);
        navigate(ChangePasswordView.class);

        type("currentPassword", "not-my-password");
        type("password", NEXT);
        type("repeat", NEXT);
        test($view(Button.class).id("change-password")).click();

        assertThat(field("currentPassword").getErrorMessage()).isEqualTo("This is not your current password");
        assertThat(field("password").getValue()).isEqualTo(NEXT);
        assertThat(field("repeat").getValue()).isEqualTo(NEXT);

        type("currentPassword", FIRST);
        type("password", "aaaaaaaaaaaaa");
        type("repeat", "aaaaaaaaaaaaa");
        test($view(Button.class).id("change-password")).click();
        assertThat(field("currentPassword").isInvalid()).isFalse();
        assertThat(field("password").getErrorMessage()).startsWith("This password is too easy to guess: ");
        assertThat($view(Div.class).all())
                .noneMatch(div -> "password-changed".equals(div.getId().orElse("")));

        type("password", NEXT);
        type("repeat", NEXT);
        test($view(Button.class).id("change-password")).click();

        assertThat($view(Div.class).id("password-changed").isVisible()).isTrue();
        assertThat(field("currentPassword").getValue()).isEmpty();
        assertThat(encoder.matches(NEXT, users.loadUserByUsername(username).getPassword()))
                .isTrue();
    }

    @Test
    @WithUserDetails("therapist")
    void the_main_layout_leads_every_role_to_change_my_password() {
        navigate("patients", app.floorplan.ui.patient.PatientListView.class);
        test($(Button.class).id("change-my-password")).click();
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
    }

    private String patientLoginWithPassword(String password) {
        PatientId patient = registry.register(
                UiFixtures.patient(
                        "Nora",
                        "Vik" + UUID.randomUUID().toString().substring(0, 8),
                        LocalDate.of(1992, 2, 3),
                        LocalDate.now()),
                true);
        IssuedLink link =
                logins.create(patient, "nora-" + UUID.randomUUID().toString().substring(0, 8));
        redemption.redeem(link.secret(), TokenPurpose.ACTIVATION, new NewPassword(password, password));
        return link.username();
    }

    private void logInAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private void type(String id, String value) {
        test(field(id)).setValue(value);
    }

    private PasswordField field(String id) {
        return $view(PasswordField.class).id(id);
    }
}
