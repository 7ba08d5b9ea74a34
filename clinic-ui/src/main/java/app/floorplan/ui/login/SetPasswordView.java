package app.floorplan.ui.login;

import app.floorplan.core.login.LinkRedemption;
import app.floorplan.core.login.TokenPurpose;
import app.floorplan.core.login.UnusableLinkException;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.ui.form.FieldMessages;
import app.floorplan.ui.form.NewPasswordFields;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;

/**
 * The page a one-time link opens: it shows whose login it is and lets the person choose a password, typed twice.
 * Refused passwords keep what was typed and say why next to the field; an unusable link gets one message, whatever the
 * reason.
 */
abstract class SetPasswordView extends VerticalLayout implements BeforeEnterObserver {

    private final LinkRedemption redemption;
    private final TokenPurpose purpose;

    SetPasswordView(LinkRedemption redemption, TokenPurpose purpose) {
        this.redemption = redemption;
        this.purpose = purpose;
        addClassName("fp-login-page");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
    }

    abstract String heading();

    abstract String successNotice();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String secret = event.getRouteParameters().get("token").orElse("");
        removeAll();
        H1 brand = new H1("FloorPlan");
        brand.addClassName("fp-brand");
        add(brand);
        redemption.open(secret, purpose).ifPresentOrElse(username -> showForm(secret, username), this::showUnusable);
    }

    private void showForm(String secret, String username) {
        VerticalLayout form = new VerticalLayout();
        form.setMaxWidth("26rem");
        form.setPadding(false);
        Paragraph who = new Paragraph("Your user name: " + username);
        who.setId("link-username");
        FieldMessages messages = new FieldMessages();
        NewPasswordFields newPassword = new NewPasswordFields(messages);
        Button save = new Button("Save password");
        save.setId("set-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            try {
                redemption.redeem(secret, purpose, newPassword.typed());
                // a key with a value: Vaadin leaves a bare key out of the address bar
                getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of(successNotice(), "yes")));
            } catch (InvalidInputException refused) {
                messages.show(refused.violations());
            } catch (UnusableLinkException gone) {
                removeAll();
                showUnusable();
            }
        });
        form.add(new H2(heading()), who, newPassword.password(), newPassword.repeat(), save);
        add(form);
    }

    private void showUnusable() {
        Div message = new Div(UnusableLinkException.MESSAGE);
        message.setId("link-unusable");
        message.addClassName("fp-empty-state");
        add(message, new Anchor("login", "Go to the login page"));
    }
}
