package app.floorplan.ui.security;

import app.floorplan.core.account.Account;
import app.floorplan.core.identity.Actor;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in person as Spring Security sees them, carrying the core {@link Actor}. */
public final class FloorPlanUser implements UserDetails, CredentialsContainer {

    private final Actor actor;
    private final String username;
    private final boolean enabled;
    private @Nullable String passwordHash;

    FloorPlanUser(Account account) {
        this.actor = account.asActor();
        this.username = account.username().value();
        this.enabled = account.enabled();
        this.passwordHash = account.passwordHash().value();
    }

    public Actor actor() {
        return actor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
