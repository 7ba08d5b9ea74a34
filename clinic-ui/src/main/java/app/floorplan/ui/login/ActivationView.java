package app.floorplan.ui.login;

import app.floorplan.core.login.LinkRedemption;
import app.floorplan.core.login.TokenPurpose;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where a new patient's activation link leads: she chooses her password, and her login is ready. */
@Route(value = "activate/:token", autoLayout = false)
@PageTitle("Set up your login · FloorPlan")
@AnonymousAllowed
public class ActivationView extends SetPasswordView {

    public ActivationView(LinkRedemption redemption) {
        super(redemption, TokenPurpose.ACTIVATION);
    }

    @Override
    String heading() {
        return "Choose your password";
    }

    @Override
    String successNotice() {
        return "activated";
    }
}
