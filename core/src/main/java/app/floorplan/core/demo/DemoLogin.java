package app.floorplan.core.demo;

import app.floorplan.core.identity.Role;

/** A demo login, printed in the README and the start-up log so a first-time user can try every role. */
public record DemoLogin(String username, String password, Role role, String displayName) {}
