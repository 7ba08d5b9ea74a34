package app.floorplan.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.core.account.AccountSummary;
import app.floorplan.core.account.password.NewPassword;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.login.IssuedLink;
import app.floorplan.core.login.LinkRedemption;
import app.floorplan.core.login.PatientLogins;
import app.floorplan.core.login.TokenPurpose;
import app.floorplan.core.patient.PatientRegistry;
import app.floorplan.ui.account.AccountListView;
import app.floorplan.ui.patient.PatientView;
import app.floorplan.ui.security.LoginView;
import app.floorplan.ui.testing.UiFixtures;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Creating a patient login, the link pages and "forgot password", through the real use cases and database. */
@FloorPlanAppTest
class LoginLinkViewsTest extends SpringBrowserlessTest {

    private static final String STRONG = "Harbour-Lantern-Meadow-7";

    @Autowired
    PatientRegistry registry;

    @Autowired
    PatientLogins logins;

    @Autowired
    LinkRedemption redemption;

    @Test
    @WithUserDetails("therapist")
    void the_pt_creates_a_login_a_taken_user_name_is_explained_next_to_the_field_and_the_link_is_shown() {
        PatientId patient = newPatient("Ida", unique("Lund"));
        openPortalLoginTab(patient);
        TextField username = $view(TextField.class).id("portal-username");
        assertThat(username.getValue()).startsWith("ida.lund");

        test(username).setValue("anna");
        test($view(Button.class).id("create-login")).click();

        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("This user name is taken. Try another one.");
        assertThat(username.getValue()).isEqualTo("anna");
        assertThat($(Dialog.class).all()).isEmpty();

        String chosen = unique("ida-");
        test(username).setValue(chosen);
        test($view(Button.class).id("create-login")).click();

        Dialog dialog = $(Dialog.class).id("link-dialog");
        assertThat(dialog.isOpened()).isTrue();
        String link = $(TextField.class).id("login-link").getValue();
        assertThat(link).matches("https?://.+/activate/[A-Za-z0-9_-]{43}");
        assertThat($(Div.class).id("mail-status").getText()).startsWith("E-mail is not configured");
        assertThat($(Div.class).id("handout").getElement().getTextRecursively())
                .contains("Demo Pelvic Health Clinic")
                .contains(link)
                .contains("Your user name is: " + chosen);
        test($(Button.class).id("close-link-dialog")).click();
        assertThat($view(Span.class).id("portal-login-state").getText()).startsWith("Waiting for activation");

        String secret = link.substring(link.lastIndexOf('/') + 1);
        assertThat(redemption.open(secret, TokenPurpose.ACTIVATION)).contains(chosen);
        test($view(Button.class).id("new-link")).click();
        assertThat(redemption.open(secret, TokenPurpose.ACTIVATION))
                .as("the new link replaced it")
                .isEmpty();
    }

    @Test
    @WithUserDetails("therapist")
    void a_login_waiting_for_activation_offers_to_withdraw_its_link_not_to_enable_it() {
        PatientId patient = newPatient("Wanda", unique("Wait"));
        openPortalLoginTab(patient);
        test($view(TextField.class).id("portal-username")).setValue(unique("wanda-"));
        test($view(Button.class).id("create-login")).click();
        String link = $(TextField.class).id("login-link").getValue();
        test($(Button.class).id("close-link-dialog")).click();

        Button toggle = $view(Button.class).id("toggle-login");
        assertThat($view(Span.class).id("portal-login-state").getText()).startsWith("Waiting for activation");
        assertThat(toggle.getText()).isEqualTo("Withdraw activation link");

        test(toggle).click();

        assertThat($view(Span.class).id("portal-login-state").getText()).isEqualTo("Disabled");
        assertThat(redemption.open(link.substring(link.lastIndexOf('/') + 1), TokenPurpose.ACTIVATION))
                .isEmpty();
    }

    @Test
    @WithUserDetails("therapist")
    void the_activation_page_keeps_refused_input_explains_it_next_to_the_fields_and_works_once() {
        PatientId patient = newPatient("Maja", unique("Holm"));
        IssuedLink link = logins.create(patient, unique("maja-"));

        navigate("activate/" + link.secret(), ActivationView.class);
        assertThat($view(Paragraph.class).id("link-username").getText())
                .isEqualTo("Your user name: " + link.username());
        test(password("password")).setValue("short");
        test(password("repeat")).setValue("short");
        test($view(Button.class).id("set-password")).click();

        assertThat(password("password").isInvalid()).isTrue();
        assertThat(password("password").getErrorMessage()).isEqualTo("Use at least 12 characters");
        assertThat(password("password").getValue()).isEqualTo("short");

        test(password("password")).setValue("password1234");
        test($view(Button.class).id("set-password")).click();
        assertThat(password("password").getErrorMessage()).startsWith("This password is too easy to guess: ");

        test(password("password")).setValue(STRONG);
        test(password("repeat")).setValue(STRONG + "x");
        test($view(Button.class).id("set-password")).click();
        assertThat(password("repeat").getErrorMessage()).isEqualTo("The two passwords are not the same");
        assertThat(password("password").isInvalid()).isFalse();

        test(password("repeat")).setValue(STRONG);
        test($view(Button.class).id("set-password")).click();

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat($view(Paragraph.class).id("login-notice").getText()).contains("Your password is saved");
        assertThat(logins.status(patient).login().orElseThrow().enabled()).isTrue();

        navigate("activate/" + link.secret(), ActivationView.class);
        assertThat($view(Div.class).id("link-unusable").getText())
                .isEqualTo("This link has expired or was already used. Ask your physiotherapist for a new one.");
        navigate("activate/" + "x".repeat(43), ActivationView.class);
        assertThat($view(Div.class).id("link-unusable").getText()).startsWith("This link has expired");
    }

    @Test
    @WithUserDetails("therapist")
    void a_forgotten_password_without_e_mail_shows_on_the_patient_page_and_the_answer_never_tells_who_exists() {
        PatientId patient = newPatient("Vera", unique("Sand"));
        IssuedLink activation = logins.create(patient, unique("vera-"));
        redemption.redeem(activation.secret(), TokenPurpose.ACTIVATION, new NewPassword(STRONG, STRONG));

        String forUnknown = askForReset("");
        assertThat($view(TextField.class).id("reset-who").getErrorMessage())
                .isEqualTo("Enter your user name or e-mail address");
        forUnknown = askForReset("nobody-" + UUID.randomUUID());
        String forVera = askForReset(activation.username());
        assertThat(forVera).isEqualTo(forUnknown).isEqualTo(ForgotPasswordView.ANSWER);

        openPortalLoginTab(patient);
        assertThat($view(Div.class).id("reset-requested").getText()).startsWith("Password reset requested on");
        test($view(Button.class).id("new-link")).click();
        String link = $(TextField.class).id("login-link").getValue();
        assertThat(link).contains("/reset-password/");
        test($(Button.class).id("close-link-dialog")).click();
        assertThat($view(Div.class).all())
                .noneMatch(d -> "reset-requested".equals(d.getId().orElse("")));

        navigate("reset-password/" + link.substring(link.lastIndexOf('/') + 1), PasswordResetView.class);
        test(password("password")).setValue("Quiet-Orchard-Bicycle-4");
        test(password("repeat")).setValue("Quiet-Orchard-Bicycle-4");
        test($view(Button.class).id("set-password")).click();
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithUserDetails("admin")
    void a_staff_member_who_forgot_the_password_gets_a_reset_link_from_the_admin() {
        askForReset("therapist");

        navigate(AccountListView.class);
        Component cell = passwordCellOf("therapist");
        assertThat(cell).isInstanceOf(Button.class);
        assertThat(((Button) cell).getText()).isEqualTo("Reset requested: issue link");
        test((Button) cell).click();

        assertThat($(TextField.class).id("login-link").getValue()).contains("/reset-password/");
        test($(Button.class).id("close-link-dialog")).click();
        assertThat(passwordCellOf("therapist")).isNotInstanceOf(Button.class);
    }

    @SuppressWarnings("unchecked")
    private Component passwordCellOf(String username) {
        Grid<AccountSummary> grid = $view(Grid.class).id("account-grid");
        var rows = test(grid);
        for (int row = 0; row < rows.size(); row++) {
            if (rows.getRow(row).username().equals(username)) {
                return rows.getCellComponent(row, 4);
            }
        }
        throw new AssertionError("no account " + username);
    }

    private String askForReset(String typed) {
        navigate(ForgotPasswordView.class);
        test($view(TextField.class).id("reset-who")).setValue(typed);
        test($view(Button.class).id("request-reset")).click();
        return $view(Div.class).all().stream()
                .filter(d -> "reset-answer".equals(d.getId().orElse("")))
                .map(Div::getText)
                .findFirst()
                .orElse("");
    }

    private void openPortalLoginTab(PatientId patient) {
        navigate("patients/" + patient, PatientView.class);
        TabSheet tabs = $view(TabSheet.class).single();
        tabs.setSelectedTab($view(Tab.class).all().stream()
                .filter(tab -> tab.getLabel().equals("Portal login"))
                .findFirst()
                .orElseThrow());
        assertThat(tabs.getSelectedTab().getLabel()).isEqualTo("Portal login");
    }

    private PasswordField password(String id) {
        return $view(PasswordField.class).id(id);
    }

    private PatientId newPatient(String given, String family) {
        return registry.register(UiFixtures.patient(given, family, LocalDate.of(1990, 6, 1), LocalDate.now()), true);
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }
}
