package app.floorplan.ui.security;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The second step of a staff login with an authenticator app: the 6-digit code (or a recovery code). Open to a
 * login that holds only the "code pending" stage; nothing else of FloorPlan is reachable before it is passed.
 */
@Route(value = "login/code", autoLayout = false)
@PageTitle("Enter your code · FloorPlan")
@PermitAll
public class LoginCodeView extends VerticalLayout implements BeforeEnterObserver {

    private final SecondFactorStep step;
    private final TextField code = new TextField("Code from your authenticator app");

    public LoginCodeView(SecondFactorStep step, AuthenticationContext authentication) {
        this.step = step;
        addClassName("fp-login-page");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        code.setId("login-code");
        code.setAutofocus(true);
        code.setMaxLength(40);
        code.setHelperText("6 digits. Lost your phone? Type one of your recovery codes instead.");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        Button next = new Button("Continue", click -> submit());
        next.setId("login-code-submit");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickShortcut(Key.ENTER);
        Button cancel = new Button("Log out", click -> authentication.logout());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        H1 brand = new H1("FloorPlan");
        brand.addClassName("fp-brand");
        add(
                brand,
                new H2("One more step"),
                new Paragraph("Open your authenticator app and type the code it shows for FloorPlan."),
                code,
                next,
                cancel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (step.stage() != SignInStage.CODE_PENDING) {
            event.forwardTo("");
        }
    }

    private void submit() {
        var outcome = step.submitCode(
                code.getValue(),
                VaadinServletRequest.getCurrent().getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse());
        if (outcome == SecondFactorStep.Outcome.ACCEPTED) {
            UI.getCurrent().getPage().setLocation("/");
            return;
        }
        code.clear();
        code.setInvalid(true);
        code.setErrorMessage(
                "That code did not work. Type the code your app shows now. After several wrong codes, wait a"
                        + " moment before trying again.");
    }
}
