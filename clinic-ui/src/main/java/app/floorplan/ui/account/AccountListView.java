package app.floorplan.ui.account;

import app.floorplan.core.account.AccountDirectory;
import app.floorplan.core.account.AccountSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The clinic admin's landing page: the clinic's logins. */
@Route("accounts")
@PageTitle("Accounts · FloorPlan")
@RolesAllowed("ADMIN")
public class AccountListView extends VerticalLayout {

    public AccountListView(AccountDirectory directory) {
        setSizeFull();
        Grid<AccountSummary> grid = new Grid<>();
        grid.setId("account-grid");
        grid.addColumn(AccountSummary::displayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(AccountSummary::username).setHeader("User name");
        grid.addColumn(a -> a.role().label()).setHeader("Role");
        grid.addColumn(a -> a.enabled() ? "Active" : "Disabled").setHeader("Status");
        grid.setItems(directory.accountsOfMyClinic());
        add(new H2("Accounts"), grid);
        setFlexGrow(1, grid);
    }
}
