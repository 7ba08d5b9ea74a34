package app.floorplan.core.account.mfa;

import app.floorplan.core.identity.ClinicId;

/** Port: the clinic's sign-in settings. */
public interface ClinicSecuritySettings {

    boolean mfaRequiredForStaff(ClinicId clinic);

    void requireMfaForStaff(ClinicId clinic, boolean required);
}
