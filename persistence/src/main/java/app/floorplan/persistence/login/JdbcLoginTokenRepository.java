package app.floorplan.persistence.login;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.login.LoginToken;
import app.floorplan.core.login.LoginTokenRepository;
import app.floorplan.core.login.TokenHash;
import app.floorplan.core.login.TokenPurpose;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLoginTokenRepository implements LoginTokenRepository {

    private static final String COLUMNS = "token_hash, account_id, purpose, issued_at, expires_at, spent_at";

    private final JdbcClient jdbc;

    JdbcLoginTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(LoginToken t) {
        jdbc.sql("""
                        insert into login_token (token_hash, account_id, purpose, issued_at, expires_at, spent_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(
                        t.hash().hex(),
                        t.account().value(),
                        t.purpose().name(),
                        Timestamp.from(t.issuedAt()),
                        Timestamp.from(t.expiresAt()),
                        t.spent() ? Timestamp.from(t.issuedAt()) : null)
                .update();
    }

    @Override
    public Optional<LoginToken> find(TokenHash hash) {
        return jdbc.sql("select " + COLUMNS + " from login_token where token_hash = ?")
                .param(hash.hex())
                .query(JdbcLoginTokenRepository::map)
                .optional();
    }

    /**
     * One conditional UPDATE: PostgreSQL locks the row, and a concurrent second UPDATE re-checks {@code spent_at is
     * null} on the committed row (READ COMMITTED), so it finds nothing to spend.
     */
    @Override
    public Optional<AccountId> consume(TokenHash hash, TokenPurpose purpose, Instant now) {
        return jdbc.sql("""
                        update login_token set spent_at = ?
                        where token_hash = ? and purpose = ? and spent_at is null and expires_at > ?
                        returning account_id""")
                .params(Timestamp.from(now), hash.hex(), purpose.name(), Timestamp.from(now))
                .query((rs, row) -> new AccountId(rs.getObject("account_id", UUID.class)))
                .optional();
    }

    @Override
    public void spendAll(AccountId account) {
        jdbc.sql("update login_token set spent_at = now() where account_id = ? and spent_at is null")
                .param(account.value())
                .update();
    }

    @Override
    public Optional<LoginToken> newestUsable(AccountId account, Instant now) {
        return jdbc.sql("select " + COLUMNS + """
                         from login_token
                        where account_id = ? and spent_at is null and expires_at > ?
                        order by issued_at desc limit 1""")
                .params(account.value(), Timestamp.from(now))
                .query(JdbcLoginTokenRepository::map)
                .optional();
    }

    @Override
    public void recordResetRequest(AccountId account, Instant at) {
        jdbc.sql("""
                        insert into password_reset_request (account_id, requested_at) values (?, ?)
                        on conflict (account_id) do nothing""").params(account.value(), Timestamp.from(at)).update();
    }

    @Override
    public void clearResetRequest(AccountId account) {
        jdbc.sql("delete from password_reset_request where account_id = ?")
                .param(account.value())
                .update();
    }

    @Override
    public Optional<Instant> resetRequestedAt(AccountId account) {
        return jdbc.sql("select requested_at from password_reset_request where account_id = ?")
                .param(account.value())
                .query((rs, row) -> rs.getTimestamp("requested_at").toInstant())
                .optional();
    }

    @Override
    public Set<AccountId> resetRequestsIn(ClinicId clinic) {
        return new HashSet<>(jdbc.sql("""
                        select r.account_id from password_reset_request r
                        join account a on a.id = r.account_id
                        where a.clinic_id = ?""")
                .param(clinic.value())
                .query((rs, row) -> new AccountId(rs.getObject("account_id", UUID.class)))
                .list());
    }

    private static LoginToken map(ResultSet rs, int row) throws SQLException {
        return new LoginToken(
                new TokenHash(rs.getString("token_hash")),
                new AccountId(rs.getObject("account_id", UUID.class)),
                TokenPurpose.valueOf(rs.getString("purpose")),
                rs.getTimestamp("issued_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                rs.getTimestamp("spent_at") != null);
    }
}
