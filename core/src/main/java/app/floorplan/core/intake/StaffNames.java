package app.floorplan.core.intake;

import app.floorplan.core.identity.AccountId;
import java.util.Map;

/** Display names of the staff who signed intake versions and red-flag resolutions, for "who" in the history. */
public record StaffNames(Map<AccountId, String> names) {

    public StaffNames {
        names = Map.copyOf(names);
    }

    public String of(AccountId account) {
        // Accounts are never deleted, so this only shows for a signature whose account could not be read.
        return names.getOrDefault(account, "Unknown account");
    }
}
