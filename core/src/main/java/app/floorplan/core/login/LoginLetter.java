package app.floorplan.core.login;

import java.time.Instant;

/** What an e-mail with a login link says: no health data, only whose login, which clinic, the link and its expiry. */
public record LoginLetter(String clinicName, String username, TokenPurpose purpose, String link, Instant expiresAt) {

    @Override
    public String toString() {
        return "LoginLetter[" + purpose + ", " + username + "]";
    }
}
