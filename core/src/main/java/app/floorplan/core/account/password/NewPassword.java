package app.floorplan.core.account.password;

import app.floorplan.core.account.Account;
import app.floorplan.core.validation.Violations;
import java.util.List;

/**
 * A password typed twice, checked against the {@link PasswordPolicy}. Field keys: {@code password} and
 * {@code repeat}. Never printed: {@link #toString()} hides it.
 */
public record NewPassword(String password, String repeat) {

    /** Adds the refusals of this new password for the account's owner to {@code violations}. */
    public void check(PasswordPolicy policy, List<String> personalWords, Violations violations) {
        policy.refusals(password, personalWords).forEach(message -> violations.add("password", message));
        if (violations.isEmpty() && !password.equals(repeat)) {
            violations.add("repeat", "The two passwords are not the same");
        }
    }

    /** The user name and the name of the person, the words a password must not be built around. */
    public static List<String> personalWordsOf(Account account) {
        return List.of(account.username().value(), account.displayName());
    }

    @Override
    public String toString() {
        return "NewPassword[hidden]";
    }
}
