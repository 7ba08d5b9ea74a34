package app.floorplan.core.account.mfa;

/** What a person still owes after a correct password. */
public enum SecondFactor {
    /** Nothing: the login is complete. */
    NONE,
    /** A code from their authenticator app or a recovery code. */
    CODE,
    /** The clinic requires an authenticator app and this staff member has none yet: enrol first. */
    ENROLMENT
}
