package app.floorplan.persistence.intake;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.RedFlagOutcome;
import app.floorplan.core.intake.RedFlagResolution;
import app.floorplan.core.intake.RedFlagScreen;
import app.floorplan.core.intake.ReferralRecipient;
import app.floorplan.core.mood.EpdsAnswers;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How a red-flag screen and its outcomes are stored, for the intake's screen and every assessment's alike (see
 * V14__postnatal_safety_screen.sql): positives as rows of flag names, the EPDS as its ten item scores, outcomes as
 * appended rows of {@code red_flag_resolution}.
 */
public final class RedFlagColumns {

    /** The columns of one outcome row, for a select from {@code red_flag_resolution}. */
    public static final String RESOLUTION_COLUMNS =
            "outcome, resolved_flags::text[] as resolved_flags, referred_to, note, recorded_by, recorded_at";

    private RedFlagColumns() {}

    /** The screen of a row with its positives (as text[]) and EPDS item scores. */
    public static RedFlagScreen screen(ResultSet rs, String positivesColumn, String epdsColumn) throws SQLException {
        return new RedFlagScreen(flags(rs.getArray(positivesColumn)), epds(rs.getArray(epdsColumn)));
    }

    /** The EPDS item scores as stored, or null when the scale was not done. */
    public static Integer @Nullable [] epdsScores(RedFlagScreen screen) {
        return screen.epds()
                .map(answers ->
                        Arrays.stream(answers.scoresInItemOrder()).boxed().toArray(Integer[]::new))
                .orElse(null);
    }

    /** One stored outcome. */
    public static RedFlagResolution resolution(ResultSet rs) throws SQLException {
        return new RedFlagResolution(
                RedFlagOutcome.valueOf(rs.getString("outcome")),
                flags(rs.getArray("resolved_flags")),
                Optional.ofNullable(rs.getString("referred_to")).map(ReferralRecipient::valueOf),
                rs.getString("note"),
                new AccountId(rs.getObject("recorded_by", UUID.class)),
                rs.getTimestamp("recorded_at").toInstant());
    }

    /**
     * Appends an outcome for one screen: an intake version's ({@code intakeId}, {@code revision}) or an assessment's
     * ({@code assessmentId}), the others null.
     */
    public static void insertResolution(
            JdbcClient jdbc,
            RedFlagResolution resolution,
            @Nullable UUID intakeId,
            @Nullable Integer revision,
            @Nullable UUID assessmentId) {
        jdbc.sql("""
                        insert into red_flag_resolution (intake_id, revision, assessment_id, outcome, resolved_flags,
                                                         referred_to, note, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?::red_flag_name[], ?, ?, ?, ?)""")
                .params(
                        intakeId,
                        revision,
                        assessmentId,
                        resolution.outcome().name(),
                        names(resolution.resolvedFlags()),
                        resolution.to().map(Enum::name).orElse(null),
                        resolution.note(),
                        resolution.by().value(),
                        Timestamp.from(resolution.at()))
                .update();
    }

    public static String[] names(Collection<RedFlag> flags) {
        return flags.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static Set<RedFlag> flags(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(RedFlag::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    private static Optional<EpdsAnswers> epds(@Nullable Array array) throws SQLException {
        if (array == null) {
            return Optional.empty();
        }
        var scores = (Short[]) array.getArray();
        return Optional.of(EpdsAnswers.ofScores(
                Arrays.stream(scores).mapToInt(Short::intValue).toArray()));
    }
}
