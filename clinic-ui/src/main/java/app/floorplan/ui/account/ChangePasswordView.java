package app.floorplan.ui.account;

import app.floorplan.core.account.NewPassword;
import app.floorplan.core.account.PasswordChange;
import app.floorplan.core.account.PasswordPolicy;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.ui.form.FieldMessages;
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
        PasswordField password = new PasswordField("New password");
        password.setId("password");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH
                + " characters. A few unrelated words you can remember work well; avoid your name.");
        password.setWidthFull();
        PasswordField repeat = new PasswordField("Type the new password again");
        repeat.setId("repeat");
        repeat.setWidthFull();
        FieldMessages messages = new FieldMessages();
        messages.register("currentPassword", current);
        messages.register("password", password);
        messages.register("repeat", repeat);
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
                passwordChange.change(current.getValue(), new NewPassword(password.getValue(), repeat.getValue()));
                messages.clear();
                current.clear();
                password.clear();
                repeat.clear();
                done.setVisible(true);
            } catch (InvalidInputException refused) {
                messages.show(refused.violations());
            }
        });
        add(new H2("Change my password"), current, password, repeat, save, done);
    }
}
