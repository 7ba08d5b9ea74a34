package app.floorplan.ui.layout;

import app.floorplan.core.identity.Role;
import app.floorplan.ui.account.AccountListView;
import app.floorplan.ui.account.ChangePasswordView;
import app.floorplan.ui.assessment.ClinicSettingsView;
import app.floorplan.ui.audit.AuditTrailView;
import app.floorplan.ui.exercise.ExerciseLibraryView;
import app.floorplan.ui.patient.PatientListView;
import app.floorplan.ui.progress.AlertsNavigation;
import app.floorplan.ui.security.FloorPlanUser;
import app.floorplan.ui.security.SessionProperties;
import app.floorplan.ui.security.SignInSecurityView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasElement;
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
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every logged-in view: navigation for the user's role, their name, change password and log out.
 * Staff get an app layout with a drawer; a patient gets the light {@link PortalFrame} made for her phone.
 */
@Layout
@PermitAll
public class MainLayout extends Composite<Component> implements RouterLayout {

    private final RouterLayout frame;

    public MainLayout(AuthenticationContext authentication, SessionProperties sessions, AlertsNavigation alerts) {
        FloorPlanUser user = authentication
                .getAuthenticatedUser(FloorPlanUser.class)
                .orElseThrow(() -> new IllegalStateException("layout shown without a login"));
        IdleWarning idleWarning = new IdleWarning(sessions.warningBefore());
        Role role = user.actor().role();
        frame = role == Role.PATIENT
                ? new PortalFrame(user.actor().displayName(), authentication, idleWarning)
                : staffFrame(user, role, authentication, idleWarning, alerts);
    }

    @Override
    protected Component initContent() {
        return (Component) frame;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        getContent();
        frame.showRouterLayoutContent(content);
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        frame.removeRouterLayoutContent(oldContent);
    }

    private static AppLayout staffFrame(
            FloorPlanUser user,
            Role role,
            AuthenticationContext authentication,
            IdleWarning idleWarning,
            AlertsNavigation alerts) {
        Span brand = new Span("FloorPlan");
        brand.addClassName("fp-brand");
        Span who = new Span(user.actor().displayName() + " · " + role.label());
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
        AppLayout frame = new AppLayout();
        frame.addToNavbar(header, idleWarning);
        frame.addToDrawer(navigationFor(role, alerts));
        frame.setPrimarySection(AppLayout.Section.DRAWER);
        return frame;
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
                nav.addItem(new SideNavItem("Clinic settings", ClinicSettingsView.class, VaadinIcon.COG.create()));
                nav.addItem(new SideNavItem("Sign-in security", SignInSecurityView.class, VaadinIcon.LOCK.create()));
                nav.addItem(new SideNavItem("Audit trail", AuditTrailView.class, VaadinIcon.RECORDS.create()));
            }
            case PATIENT -> throw new IllegalArgumentException("a patient gets the portal frame");
        }
        return nav;
    }
}
