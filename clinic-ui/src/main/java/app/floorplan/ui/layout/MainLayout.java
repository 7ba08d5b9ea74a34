package app.floorplan.ui.layout;

import app.floorplan.core.identity.Role;
import app.floorplan.ui.account.AccountListView;
import app.floorplan.ui.account.ChangePasswordView;
import app.floorplan.ui.account.SignInSecurityView;
import app.floorplan.ui.audit.AuditTrailView;
import app.floorplan.ui.exercise.ExerciseLibraryView;
import app.floorplan.ui.patient.PatientListView;
import app.floorplan.ui.portal.MyPlanView;
import app.floorplan.ui.portal.PracticeLogView;
import app.floorplan.ui.progress.AlertsNavigation;
import app.floorplan.ui.security.FloorPlanUser;
import app.floorplan.ui.security.SessionProperties;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The frame around every logged-in view: navigation for the user's role, their name, and log out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, SessionProperties sessions, AlertsNavigation alerts) {
        FloorPlanUser user = authentication
                .getAuthenticatedUser(FloorPlanUser.class)
                .orElseThrow(() -> new IllegalStateException("layout shown without a login"));

        Span brand = new Span("FloorPlan");
        brand.addClassName("fp-brand");
        Span who = new Span(
                user.actor().displayName() + " · " + user.actor().role().label());
        who.setId("current-user");
        Button logout = new Button("Log out", VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");

        Button password = new Button(
                "Password", VaadinIcon.KEY.create(), click -> UI.getCurrent().navigate(ChangePasswordView.class));
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        password.setId("change-my-password");
        password.setTooltipText("Change my password");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand, who, password, logout);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(who);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        who.getStyle().set("text-align", "right").set("color", "var(--lumo-secondary-text-color)");
        addToNavbar(header, new IdleWarning(sessions.warningBefore()));
        addToDrawer(navigationFor(user.actor().role(), alerts));
        setPrimarySection(Section.DRAWER);
    }

    private static SideNav navigationFor(Role role, AlertsNavigation alerts) {
        SideNav nav = new SideNav();
        switch (role) {
            case PT -> {
                nav.addItem(new SideNavItem("Patients", PatientListView.class, VaadinIcon.USERS.create()));
                nav.addItem(new SideNavItem("Exercises", ExerciseLibraryView.class, VaadinIcon.BOOK.create()));
                nav.addItem(alerts.item());
                nav.addItem(new SideNavItem("Sign-in security", SignInSecurityView.class, VaadinIcon.LOCK.create()));
            }
            case ADMIN -> {
                nav.addItem(new SideNavItem("Patients", PatientListView.class, VaadinIcon.USERS.create()));
                nav.addItem(new SideNavItem("Exercises", ExerciseLibraryView.class, VaadinIcon.BOOK.create()));
                nav.addItem(new SideNavItem("Accounts", AccountListView.class, VaadinIcon.KEY.create()));
                nav.addItem(new SideNavItem("Sign-in security", SignInSecurityView.class, VaadinIcon.LOCK.create()));
                nav.addItem(new SideNavItem("Audit trail", AuditTrailView.class, VaadinIcon.RECORDS.create()));
            }
            case PATIENT -> {
                nav.addItem(new SideNavItem("My plan", MyPlanView.class, VaadinIcon.HEART.create()));
                nav.addItem(new SideNavItem("Log today", PracticeLogView.class, VaadinIcon.CHECK.create()));
            }
        }
        return nav;
    }
}
