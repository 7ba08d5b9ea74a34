package app.floorplan.ui.account;

import app.floorplan.ui.database.OutageTexts;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The login page, open to anonymous visitors like the link pages and "forgot password". */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in · FloorPlan")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView() {
        addClassName("fp-login-page");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Log in");
        i18n.getErrorMessage().setTitle("Wrong user name or password");
        i18n.getErrorMessage()
                .setMessage("Check both and try again. After several failed attempts, wait a moment before retrying.");
        i18n.getForm().setForgotPassword("Forgot your password?");
        form.setI18n(i18n);
        form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate("forgot-password")));
        form.setAction("login");
        notice.setId("login-notice");
        notice.setVisible(false);

        H1 brand = new H1("FloorPlan");
        brand.addClassName("fp-brand");
        add(brand, new Paragraph("Pelvic floor and postnatal physical therapy"), notice, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        if (parameters.containsKey("unavailable")) {
            notice.setText(OutageTexts.LOGIN);
            notice.addClassName("fp-conflict");
            notice.setVisible(true);
        }
        if (parameters.containsKey("activated") || parameters.containsKey("password-set")) {
            notice.setText("Your password is saved. Log in with your user name and your new password.");
            notice.setVisible(true);
        }
    }
}
