package app.floorplan.ui.account;

import app.floorplan.core.account.password.PasswordChange;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.ui.form.FieldMessages;
import app.floorplan.ui.form.NewPasswordFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Every logged-in person changes their own password here, proving it is them with the current one. */
@Route("change-password")
@PageTitle("Change my password · FloorPlan")
@PermitAll
public class ChangePasswordView extends VerticalLayout {

    public ChangePasswordView(PasswordChange passwordChange) {
        setMaxWidth("26rem");
        PasswordField current = new PasswordField("Current password");
        current.setId("currentPassword");
        current.setWidthFull();
        FieldMessages messages = new FieldMessages();
        messages.register("currentPassword", current);
        NewPasswordFields newPassword = new NewPasswordFields(messages);
        Div done = new Div("Your password is changed. Use the new one next time you log in.");
        done.setId("password-changed");
        done.addClassName("fp-empty-state");
        done.setVisible(false);
        Button save = new Button("Change password");
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            done.setVisible(false);
            try {
                passwordChange.change(current.getValue(), newPassword.typed());
                messages.clear();
                current.clear();
                newPassword.clear();
                done.setVisible(true);
            } catch (InvalidInputException refused) {
                messages.show(refused.violations());
            }
        });
        add(new H2("Change my password"), current, newPassword.password(), newPassword.repeat(), save, done);
    }
}
