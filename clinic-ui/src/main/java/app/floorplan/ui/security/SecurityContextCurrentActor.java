package app.floorplan.ui.security;

import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The core's current actor, read from Spring Security's context (Vaadin keeps it per session). */
@Component
class SecurityContextCurrentActor implements CurrentActor {

    @Override
    public Actor require() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof FloorPlanUser user) {
            return user.actor();
        }
        throw new AccessRefusedException("not logged in");
    }
}
