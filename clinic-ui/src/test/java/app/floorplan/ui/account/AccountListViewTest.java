package app.floorplan.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.StaffAccounts;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.account.AccountSummary;
import app.floorplan.core.account.mfa.MfaPolicy;
import app.floorplan.core.account.password.PasswordHasher;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@FloorPlanAppTest
class AccountListViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordHasher hasher;

    @Autowired
    MfaPolicy mfaPolicy;

    @Test
    @WithUserDetails("admin")
    void the_admin_disables_a_login_and_can_enable_it_again_but_has_no_button_for_their_own() {
        var pt = StaffAccounts.freshPt(accounts, hasher);
        navigate(AccountListView.class);

        test(loginButton(pt.username().value())).click();

        assertThat(accounts.findById(pt.id()).orElseThrow().enabled()).isFalse();
        Button enable = loginButton(pt.username().value());
        assertThat(enable.getText()).isEqualTo("Enable");
        assertThat(loginCell("admin")).isNotInstanceOf(Button.class);
        test(enable).click();
        assertThat(accounts.findById(pt.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void the_admin_switches_on_the_authenticator_requirement_for_staff() {
        navigate(AccountListView.class);
        try {
            test($view(Checkbox.class).id("mfa-required")).click();

            assertThat(mfaPolicy.requiredForStaff()).isTrue();
        } finally {
            mfaPolicy.requireForStaff(false);
        }
    }

    private Button loginButton(String username) {
        return (Button) loginCell(username);
    }

    @SuppressWarnings("unchecked")
    private Component loginCell(String username) {
        Grid<AccountSummary> grid = $view(Grid.class).id("account-grid");
        var tester = test(grid);
        for (int row = 0; row < tester.size(); row++) {
            if (tester.getRow(row).username().equals(username)) {
                return tester.getCellComponent(row, "login");
            }
        }
        throw new AssertionError("no row for " + username);
    }
}
