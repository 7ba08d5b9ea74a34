package app.floorplan.ui.account;

import app.floorplan.core.account.AccountDirectory;
import app.floorplan.core.account.AccountSummary;
import app.floorplan.core.account.mfa.MfaPolicy;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.Role;
import app.floorplan.core.login.IssuedLink;
import app.floorplan.core.login.StaffPasswordResets;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.ui.login.LinkDialog;
import app.floorplan.ui.login.PortalLinkDelivery;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * The clinic admin's landing page: the clinic's logins, disabling or enabling them, issuing a reset link to staff who
 * asked for one, and whether staff must use an authenticator app.
 */
@Route("accounts")
@PageTitle("Accounts · FloorPlan")
@RolesAllowed("ADMIN")
public class AccountListView extends VerticalLayout {

    private final AccountDirectory directory;
    private final StaffPasswordResets resets;
    private final PortalLinkDelivery delivery;
    private final Clock clock;
    private final Grid<AccountSummary> grid = new Grid<>();
    private Set<AccountId> resetRequested = Set.of();

    public AccountListView(
            AccountDirectory directory,
            StaffPasswordResets resets,
            PortalLinkDelivery delivery,
            Clock clock,
            MfaPolicy mfaPolicy,
            CurrentActor currentActor) {
        this.directory = directory;
        this.resets = resets;
        this.delivery = delivery;
        this.clock = clock;
        setSizeFull();
        var me = currentActor.require().accountId();

        Checkbox mfaRequired = new Checkbox("Staff must use an authenticator app to log in");
        mfaRequired.setId("mfa-required");
        mfaRequired.setValue(mfaPolicy.requiredForStaff());
        mfaRequired.setHelperText(
                "Staff without one are asked to set it up at their next login. Patients are not affected.");
        mfaRequired.addValueChangeListener(change -> mfaPolicy.requireForStaff(change.getValue()));

        grid.setId("account-grid");
        grid.addColumn(AccountSummary::displayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(AccountSummary::username).setHeader("User name");
        grid.addColumn(a -> a.role().label()).setHeader("Role");
        grid.addColumn(a -> a.enabled() ? "Active" : "Disabled").setHeader("Status");
        grid.addComponentColumn(this::passwordCell).setHeader("Password").setAutoWidth(true);
        grid.addComponentColumn(a -> a.id().equals(me) ? new Span() : statusButton(a))
                .setHeader("Login")
                .setKey("login");
        refresh();
        add(new H2("Accounts"), mfaRequired, grid);
        setFlexGrow(1, grid);
    }

    private void refresh() {
        resetRequested = resets.requested();
        grid.setItems(directory.accountsOfMyClinic());
    }

    /** A staff login that asked for a new password gets a button to issue the reset link. */
    private Component passwordCell(AccountSummary account) {
        if (!resetRequested.contains(account.id()) || account.role() == Role.PATIENT || !account.enabled()) {
            return new Span();
        }
        Button issue = new Button("Reset requested: issue link", e -> {
            IssuedLink link = resets.issue(account.id());
            refresh();
            new LinkDialog(
                            link,
                            delivery.address(link),
                            account.displayName(),
                            "",
                            clock.getZone(),
                            delivery.mailConfigured(),
                            Optional.empty())
                    .open();
        });
        issue.setId("issue-reset-" + account.username());
        issue.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return issue;
    }

    private Button statusButton(AccountSummary account) {
        Button button;
        if (account.enabled()) {
            button = new Button("Disable", click -> change(() -> directory.disable(account.id())));
            button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        } else {
            button = new Button("Enable", click -> change(() -> directory.enable(account.id())));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        button.setId("account-status-" + account.username());
        return button;
    }

    private void change(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            Notification.show(refused.getMessage());
        }
        refresh();
    }
}
