package app.floorplan.ui.layout;

import app.floorplan.ui.account.AccountListView;
import app.floorplan.ui.patient.PatientListView;
import app.floorplan.ui.portal.MyPlanView;
import app.floorplan.ui.security.FloorPlanUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The root address sends each role to its landing page. */
@Route(value = "", autoLayout = false)
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final AuthenticationContext authentication;

    public HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var role = authentication
                .getAuthenticatedUser(FloorPlanUser.class)
                .map(user -> user.actor().role())
                .orElseThrow(() -> new IllegalStateException("home shown without a login"));
        switch (role) {
            case PT -> event.forwardTo(PatientListView.class);
            case ADMIN -> event.forwardTo(AccountListView.class);
            case PATIENT -> event.forwardTo(MyPlanView.class);
        }
    }
}
