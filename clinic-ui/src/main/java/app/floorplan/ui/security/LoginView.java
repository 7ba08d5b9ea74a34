package app.floorplan.ui.security;

import app.floorplan.ui.database.OutageTexts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The login page, open to anonymous visitors like the link pages and "forgot password".
 *
 * <p>The form posts to Spring Security, which gives the session a new id (fixation protection). A Vaadin round trip
 * from this page still in flight then arrives with the old id; Vaadin answers "session expired" and the page reloads,
 * which cancels the form's navigation and leaves the person on a fresh login page. So no round trip may be in flight
 * when the form posts: the wrong-password message is the page's own text, not the form's {@code error} property (the
 * form resets it on every submit, which Flow sent to the server right after the post), and the post waits until
 * Vaadin's round trips are answered (Flow still echoes the property's first value once after the form renders, late
 * on a cold start).
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in · FloorPlan")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    /**
     * Takes over the form's post (the login event is cancelable) and sends it once no Vaadin round trip is in flight,
     * as the form itself would: with the CSRF token from the page. After 10 s it posts anyway.
     */
    private static final String POST_WHEN_IDLE = """
            const login = this;
            login.addEventListener('login', event => {
              event.preventDefault();
              const giveUpAt = Date.now() + 10000;
              const busy = () => Object.values(window.Vaadin?.Flow?.clients ?? {}).some(client => client.isActive());
              const post = () => {
                if (busy() && Date.now() < giveUpAt) {
                  setTimeout(post, 50);
                  return;
                }
                const name = document.querySelector('meta[name=_csrf_parameter]');
                const value = document.querySelector('meta[name=_csrf]');
                const csrf = login.querySelector('#csrf');
                if (name && value && csrf) {
                  csrf.name = name.content;
                  csrf.value = value.content;
                }
                login.querySelector('form').submit();
              };
              post();
            });""";

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final Div wrongPassword = new Div();

    public LoginView() {
        addClassName("fp-login-page");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Log in");
        i18n.getForm().setForgotPassword("Forgot your password?");
        form.setI18n(i18n);
        form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate("forgot-password")));
        form.setAction("login");
        form.getElement().executeJs(POST_WHEN_IDLE);
        notice.setId("login-notice");
        notice.setVisible(false);
        wrongPassword.setId("login-error");
        wrongPassword.addClassName("fp-login-error");
        wrongPassword.getElement().setAttribute("role", "alert");
        wrongPassword.add(
                new Span("Wrong user name or password"),
                new Paragraph(
                        "Check both and try again. After several failed attempts, wait a moment before retrying."));
        wrongPassword.setVisible(false);

        H1 brand = new H1("FloorPlan");
        brand.addClassName("fp-brand");
        add(brand, new Paragraph("Pelvic floor and postnatal physical therapy"), notice, wrongPassword, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        wrongPassword.setVisible(parameters.containsKey("error"));
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
