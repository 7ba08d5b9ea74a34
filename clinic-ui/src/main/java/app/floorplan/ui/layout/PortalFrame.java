package app.floorplan.ui.layout;

import app.floorplan.ui.account.ChangePasswordView;
import app.floorplan.ui.portal.MyPlanView;
import app.floorplan.ui.portal.PracticeLogView;
import app.floorplan.ui.reminder.RemindersView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The patient's frame: one bar with her name and the places she needs (her plan, today's log, her reminders, her password, log
 * out) as plain links and one button, large enough to tap on a 360 px phone; no drawer, icons or tooltips to keep per
 * session. Styled in styles.css ({@code .fp-portal-bar}).
 */
final class PortalFrame extends Div implements RouterLayout {

    PortalFrame(String displayName, AuthenticationContext authentication, IdleWarning idleWarning) {
        addClassName("fp-portal-frame");
        Span who = new Span(displayName);
        who.setId("current-user");
        RouterLink plan = new RouterLink("My plan", MyPlanView.class);
        RouterLink log = new RouterLink("Log today", PracticeLogView.class);
        RouterLink reminders = new RouterLink("Reminders", RemindersView.class);
        reminders.setId("reminders-link");
        RouterLink password = new RouterLink("Password", ChangePasswordView.class);
        password.setId("change-my-password");
        Button logout = new Button("Log out", click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        Header bar = new Header(who, new Nav(plan, log, reminders, password, logout));
        bar.addClassName("fp-portal-bar");
        add(bar, idleWarning);
    }
}
