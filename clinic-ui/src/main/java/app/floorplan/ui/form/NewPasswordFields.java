package app.floorplan.ui.form;

import app.floorplan.core.account.password.NewPassword;
import app.floorplan.core.account.password.PasswordPolicy;
import com.vaadin.flow.component.textfield.PasswordField;

/**
 * The new password typed twice, with the policy's advice under it: the same two fields wherever a password is chosen
 * (activation, reset, change). Their keys match {@link NewPassword}'s messages.
 */
public final class NewPasswordFields {

    private final PasswordField password = new PasswordField("New password");
    private final PasswordField repeat = new PasswordField("Type the new password again");

    public NewPasswordFields(FieldMessages messages) {
        password.setId("password");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH
                + " characters. A few unrelated words you can remember work well; avoid your name.");
        password.setWidthFull();
        repeat.setId("repeat");
        repeat.setWidthFull();
        messages.register("password", password);
        messages.register("repeat", repeat);
    }

    public PasswordField password() {
        return password;
    }

    public PasswordField repeat() {
        return repeat;
    }

    /** What was typed, for the use case to check against the policy. */
    public NewPassword typed() {
        return new NewPassword(password.getValue(), repeat.getValue());
    }

    public void clear() {
        password.clear();
        repeat.clear();
    }
}
