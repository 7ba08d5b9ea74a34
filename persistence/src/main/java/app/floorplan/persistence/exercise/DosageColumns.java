package app.floorplan.persistence.exercise;

import app.floorplan.core.exercise.dosage.CountRange;
import app.floorplan.core.exercise.dosage.Dosage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * A {@link Dosage} as the typed columns that clinic_exercise, home_program_item and program_template_item share (see
 * V6__exercises_and_programs.sql): a range is {@code *_low} and {@code *_high}, absent values are null.
 */
public final class DosageColumns {

    /** The column names, in the order of {@link #values}. */
    public static final String NAMES = "sets_low, sets_high, reps_low, reps_high, hold_seconds_low, hold_seconds_high,"
            + " hold_breaths_low, hold_breaths_high, per_side, duration_seconds, times_per_day, days_per_week,"
            + " rest_seconds, load";

    public static final int COUNT = 14;

    private DosageColumns() {}

    /** The values in {@link #NAMES} order, typed so that nulls need no guessing by the driver. */
    public static List<SqlParameterValue> values(Dosage dosage) {
        return List.of(
                integer(dosage.sets().map(CountRange::low)),
                integer(dosage.sets().map(CountRange::high)),
                integer(dosage.reps().map(CountRange::low)),
                integer(dosage.reps().map(CountRange::high)),
                integer(dosage.holdSeconds().map(CountRange::low)),
                integer(dosage.holdSeconds().map(CountRange::high)),
                integer(dosage.holdBreaths().map(CountRange::low)),
                integer(dosage.holdBreaths().map(CountRange::high)),
                new SqlParameterValue(Types.BOOLEAN, dosage.perSide()),
                integer(dosage.duration().map(duration -> Math.toIntExact(duration.toSeconds()))),
                integer(dosage.timesPerDay()),
                integer(dosage.daysPerWeek()),
                integer(dosage.restSeconds()),
                text(dosage.load()));
    }

    /** The dosage in the current row; the constructor re-checks every rule. */
    public static Dosage read(ResultSet rs) throws SQLException {
        Integer durationSeconds = rs.getObject("duration_seconds", Integer.class);
        return new Dosage(
                range(rs, "sets"),
                range(rs, "reps"),
                range(rs, "hold_seconds"),
                range(rs, "hold_breaths"),
                rs.getBoolean("per_side"),
                Optional.ofNullable(durationSeconds).map(Duration::ofSeconds),
                optionalInt(rs, "times_per_day"),
                optionalInt(rs, "days_per_week"),
                optionalInt(rs, "rest_seconds"),
                Optional.ofNullable(rs.getString("load")));
    }

    public static SqlParameterValue text(Optional<String> value) {
        return new SqlParameterValue(Types.VARCHAR, value.orElse(null));
    }

    private static SqlParameterValue integer(Optional<Integer> value) {
        return new SqlParameterValue(Types.INTEGER, value.orElse(null));
    }

    private static SqlParameterValue integer(OptionalInt value) {
        return new SqlParameterValue(Types.INTEGER, value.isPresent() ? value.getAsInt() : null);
    }

    private static Optional<CountRange> range(ResultSet rs, String column) throws SQLException {
        @Nullable Integer low = rs.getObject(column + "_low", Integer.class);
        @Nullable Integer high = rs.getObject(column + "_high", Integer.class);
        return low == null || high == null ? Optional.empty() : Optional.of(new CountRange(low, high));
    }

    private static OptionalInt optionalInt(ResultSet rs, String column) throws SQLException {
        @Nullable Integer value = rs.getObject(column, Integer.class);
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
