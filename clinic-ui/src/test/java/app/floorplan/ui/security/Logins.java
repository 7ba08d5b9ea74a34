package app.floorplan.ui.security;

import app.floorplan.core.demo.DemoClinic;
import app.floorplan.core.identity.ClinicId;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Logs test code in as a stored account, and adds a second clinic (tests only) with its own PT and admin, for
 * requests across the tenant boundary.
 */
final class Logins {

    static final String OTHER_CLINIC = "Second Test Clinic";
    static final String OTHER_PT = "other-clinic-pt";
    static final String OTHER_ADMIN = "other-clinic-admin";

    private final UserDetailsService users;
    private final JdbcClient jdbc;

    Logins(UserDetailsService users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    static void logout() {
        SecurityContextHolder.clearContext();
    }

    /** Creates the second clinic once per database; logins there cannot be used (no real password hash). */
    synchronized void ensureSecondClinic() {
        boolean exists = jdbc.sql("select count(*) from clinic where name = ?")
                        .param(OTHER_CLINIC)
                        .query(Integer.class)
                        .single()
                > 0;
        if (exists) {
            return;
        }
        UUID clinic = UUID.randomUUID();
        jdbc.sql("insert into clinic (id, name) values (?, ?)")
                .params(clinic, OTHER_CLINIC)
                .update();
        staff(clinic, OTHER_PT, "Other Clinic PT", "PT");
        staff(clinic, OTHER_ADMIN, "Other Clinic Admin", "ADMIN");
    }

    ClinicId demoClinic() {
        return new ClinicId(jdbc.sql("select id from clinic where name = ?")
                .param(DemoClinic.NAME)
                .query(UUID.class)
                .single());
    }

    private void staff(UUID clinic, String username, String name, String role) {
        jdbc.sql("""
                        insert into account (id, clinic_id, username, display_name, role, password_hash)
                        values (?, ?, ?, ?, ?, '{noop-test}not-a-password')""").params(UUID.randomUUID(), clinic, username, name, role).update();
    }
}
