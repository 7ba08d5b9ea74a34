package app.floorplan.core.account.mfa;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

final class InMemoryMfa implements MfaStore, ClinicSecuritySettings {

    private final Map<AccountId, MfaEnrolment> enrolments = new HashMap<>();
    private final Map<AccountId, Set<String>> unusedCodes = new HashMap<>();
    private final Set<ClinicId> mandatory = new HashSet<>();

    @Override
    public Optional<MfaEnrolment> find(AccountId account) {
        return Optional.ofNullable(enrolments.get(account));
    }

    @Override
    public void enrol(AccountId account, TotpSecret secret, List<String> recoveryCodeHashes, Instant at) {
        enrolments.put(account, new MfaEnrolment(account, secret, 0));
        unusedCodes.put(account, new HashSet<>(recoveryCodeHashes));
    }

    @Override
    public boolean useStep(AccountId account, long step) {
        MfaEnrolment enrolment = enrolments.get(account);
        if (enrolment == null || enrolment.lastUsedStep() >= step) {
            return false;
        }
        enrolments.put(account, new MfaEnrolment(account, enrolment.secret(), step));
        return true;
    }

    @Override
    public boolean useRecoveryCode(AccountId account, String codeHash, Instant at) {
        return unusedCodes.getOrDefault(account, new HashSet<>()).remove(codeHash);
    }

    @Override
    public int unusedRecoveryCodes(AccountId account) {
        return unusedCodes.getOrDefault(account, Set.of()).size();
    }

    @Override
    public void remove(AccountId account) {
        enrolments.remove(account);
        unusedCodes.remove(account);
    }

    @Override
    public boolean mfaRequiredForStaff(ClinicId clinic) {
        return mandatory.contains(clinic);
    }

    @Override
    public void requireMfaForStaff(ClinicId clinic, boolean required) {
        if (required) {
            mandatory.add(clinic);
        } else {
            mandatory.remove(clinic);
        }
    }
}
