package app.floorplan.core.login;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Keeps tokens as the database does: the hash only. */
final class InMemoryLoginTokens implements LoginTokenRepository {

    final List<LoginToken> stored = new ArrayList<>();
    private final Map<AccountId, Instant> resetRequests = new HashMap<>();
    private final Map<AccountId, ClinicId> clinics = new HashMap<>();

    /** Tells the fake an account's clinic, which the adapter reads from the account row. */
    void accountOf(ClinicId clinic, AccountId account) {
        clinics.put(account, clinic);
    }

    @Override
    public void add(LoginToken token) {
        stored.add(token);
    }

    @Override
    public Optional<LoginToken> find(TokenHash hash) {
        return stored.stream().filter(t -> t.hash().equals(hash)).findFirst();
    }

    @Override
    public Optional<AccountId> consume(TokenHash hash, TokenPurpose purpose, Instant now) {
        for (int i = 0; i < stored.size(); i++) {
            LoginToken t = stored.get(i);
            if (t.hash().equals(hash) && t.purpose() == purpose && t.usableAt(now)) {
                stored.set(i, spent(t));
                return Optional.of(t.account());
            }
        }
        return Optional.empty();
    }

    @Override
    public void spendAll(AccountId account) {
        stored.replaceAll(t -> t.account().equals(account) ? spent(t) : t);
    }

    @Override
    public Optional<LoginToken> newestUsable(AccountId account, Instant now) {
        return stored.stream()
                .filter(t -> t.account().equals(account) && t.usableAt(now))
                .max(Comparator.comparing(LoginToken::issuedAt));
    }

    @Override
    public void recordResetRequest(AccountId account, Instant at) {
        resetRequests.putIfAbsent(account, at);
    }

    @Override
    public void clearResetRequest(AccountId account) {
        resetRequests.remove(account);
    }

    @Override
    public Optional<Instant> resetRequestedAt(AccountId account) {
        return Optional.ofNullable(resetRequests.get(account));
    }

    @Override
    public Set<AccountId> resetRequestsIn(ClinicId clinic) {
        return resetRequests.keySet().stream()
                .filter(account -> clinic.equals(clinics.get(account)))
                .collect(Collectors.toSet());
    }

    private static LoginToken spent(LoginToken t) {
        return new LoginToken(t.hash(), t.account(), t.purpose(), t.issuedAt(), t.expiresAt(), true);
    }
}
