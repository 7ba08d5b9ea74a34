package app.floorplan.ui.security;

import app.floorplan.core.account.LoginAccounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts from PostgreSQL for the login form. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final LoginAccounts loginAccounts;

    AccountUserDetailsService(LoginAccounts loginAccounts) {
        this.loginAccounts = loginAccounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return loginAccounts
                .forLogin(username)
                .map(FloorPlanUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
