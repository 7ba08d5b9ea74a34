package app.floorplan.core.account.mfa;

import app.floorplan.core.account.LoginAccounts;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.Role;
import jakarta.transaction.Transactional;

/**
 * For the login machinery only, right after a correct password: what the person still owes before any view opens.
 * Like {@link LoginAccounts} it runs inside authentication, before a security context exists, so it is not a use case
 * with a current actor: it answers only for the account whose password was just checked.
 */
public class SecondFactorDue {

    private final MfaStore store;
    private final ClinicSecuritySettings settings;

    public SecondFactorDue(MfaStore store, ClinicSecuritySettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** Patients never owe a code; enrolled staff owe one; others enrol first when their clinic requires it. */
    @Transactional
    public SecondFactor afterPassword(Actor account) {
        if (account.role() == Role.PATIENT) {
            return SecondFactor.NONE;
        }
        if (store.find(account.accountId()).isPresent()) {
            return SecondFactor.CODE;
        }
        return settings.mfaRequiredForStaff(account.clinicId()) ? SecondFactor.ENROLMENT : SecondFactor.NONE;
    }
}
