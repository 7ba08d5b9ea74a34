package app.floorplan.ui.login;

import app.floorplan.core.login.PasswordResetRequests;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** "I forgot my password": the answer is the same whether or not the account exists. */
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("Forgot your password · FloorPlan")
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements BeforeEnterObserver {

    static final String ANSWER = "If an account exists for what you typed, a link to choose a new password is on its"
            + " way: by e-mail if your clinic has your address, otherwise your physiotherapist (or, for staff, the"
            + " clinic admin) sees your request and gives you a new link.";

    private final PasswordResetRequests requests;

    public ForgotPasswordView(PasswordResetRequests requests) {
        this.requests = requests;
        addClassName("fp-login-page");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
    }

    /** A fresh form on every visit, also when "forgot password" is opened again from this page. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        H1 brand = new H1("FloorPlan");
        brand.addClassName("fp-brand");

        VerticalLayout form = new VerticalLayout();
        form.setMaxWidth("26rem");
        form.setPadding(false);
        TextField who = new TextField("Your user name or e-mail address");
        who.setId("reset-who");
        who.setWidthFull();
        Button send = new Button("Ask for a new password");
        send.setId("request-reset");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(e -> {
            if (who.getValue().isBlank()) {
                who.setErrorMessage("Enter your user name or e-mail address");
                who.setInvalid(true);
                return;
            }
            requests.request(who.getValue().strip());
            Div answer = new Div(ANSWER);
            answer.setId("reset-answer");
            answer.addClassName("fp-empty-state");
            form.removeAll();
            form.add(new H2("Forgot your password?"), answer, new Anchor("login", "Back to the login page"));
        });
        form.add(
                new H2("Forgot your password?"),
                new Paragraph("Tell us who you are and we arrange a link to choose a new one."),
                who,
                send,
                new Anchor("login", "Back to the login page"));
        add(brand, form);
    }
}
