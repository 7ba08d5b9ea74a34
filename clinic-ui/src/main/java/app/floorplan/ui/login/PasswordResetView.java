package app.floorplan.ui.login;

import app.floorplan.core.login.LinkRedemption;
import app.floorplan.core.login.TokenPurpose;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where a reset link leads: a new password for an existing login. */
@Route(value = "reset-password/:token", autoLayout = false)
@PageTitle("New password · FloorPlan")
@AnonymousAllowed
public class PasswordResetView extends SetPasswordView {

    public PasswordResetView(LinkRedemption redemption) {
        super(redemption, TokenPurpose.RESET);
    }

    @Override
    String heading() {
        return "Choose a new password";
    }

    @Override
    String successNotice() {
        return "password-set";
    }
}
