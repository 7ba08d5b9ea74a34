package app.floorplan.core.login;

import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.account.Username;
import java.text.Normalizer;
import java.util.Locale;

/** Proposes a free user name from a person's name: "Chloé Dupré" becomes {@code chloe.dupre}, then chloe.dupre2, ... */
final class UsernameProposal {

    private UsernameProposal() {}

    static String propose(String givenName, String familyName, AccountRepository accounts) {
        String base = fold(givenName) + "." + fold(familyName);
        base = base.replaceAll("^[.]+|[.]+$", "");
        if (base.length() < 3) {
            base = "patient";
        }
        base = base.substring(0, Math.min(base.length(), 60));
        String candidate = base;
        for (int n = 2; accounts.findByUsername(new Username(candidate)).isPresent(); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    private static String fold(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }
}
