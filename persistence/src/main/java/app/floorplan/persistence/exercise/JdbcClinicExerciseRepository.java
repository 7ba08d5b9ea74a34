package app.floorplan.persistence.exercise;

import app.floorplan.core.exercise.Caution;
import app.floorplan.core.exercise.ClinicExerciseRepository;
import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseCategory;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ExerciseOwner;
import app.floorplan.core.exercise.ExerciseSearch;
import app.floorplan.core.exercise.Instructions;
import app.floorplan.core.exercise.Precautions;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.StoredExercise;
import app.floorplan.core.exercise.Variants;
import app.floorplan.core.exercise.WatchFor;
import app.floorplan.core.exercise.WatchFors;
import app.floorplan.core.identity.ClinicId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The clinics' own exercises in one typed table, clinic_exercise (see V6__exercises_and_programs.sql). Every statement
 * is scoped to one clinic. The search is one statement implementing {@link ExerciseSearch}'s semantics: each term
 * matched with {@code strpos} on the lower-cased name or purpose (the stored column search_text), sorted by phase,
 * lower-cased name ({@code COLLATE "C"}) and id.
 */
@Repository
class JdbcClinicExerciseRepository implements ClinicExerciseRepository {

    /** The stored columns apart from id, clinic_id and version, in the order of {@link #values}. */
    private static final String CONTENT_COLUMNS = "name, purpose, category, phase, set_up, steps, cues, watch_fors,"
            + " watch_for_note, " + DosageColumns.NAMES + ", precautions, loaded_abdominal_work,"
            + " requires_scar_clearance, cautions, easier_variant_id, harder_variant_id, retired";

    private static final String SELECT = "select id, clinic_id, version, " + CONTENT_COLUMNS + " from clinic_exercise ";

    private static final String MATCHING = """
            where clinic_id = :clinic
              and (:includeRetired or not retired)
              and (cardinality(:categories::text[]) = 0 or category = any(:categories::text[]))
              and (cardinality(:phases::integer[]) = 0 or phase = any(:phases::integer[]))
            """;

    private final JdbcClient jdbc;

    JdbcClinicExerciseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StoredExercise> findById(ClinicId clinic, ExerciseId id) {
        return jdbc.sql(SELECT + "where id = ? and clinic_id = ?")
                .params(id.value(), clinic.value())
                .query(JdbcClinicExerciseRepository::stored)
                .optional();
    }

    @Override
    public List<Exercise> search(ExerciseSearch search, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset >= 0 and limit >= 1, got " + offset + ", " + limit);
        }
        return matching(
                        SELECT + "%s order by phase, sort_name collate \"C\", id::text offset :offset limit :limit",
                        search)
                .param("offset", offset)
                .param("limit", limit)
                .query(JdbcClinicExerciseRepository::stored)
                .list()
                .stream()
                .map(StoredExercise::exercise)
                .toList();
    }

    @Override
    public int count(ExerciseSearch search) {
        return matching("select count(*) from clinic_exercise %s", search)
                .query(Integer.class)
                .single();
    }

    @Override
    public void add(Exercise exercise) {
        if (!(exercise.owner() instanceof ExerciseOwner.ClinicOwned(var clinic))) {
            throw new IllegalArgumentException("built-in exercises are not stored: " + exercise.id());
        }
        var values = new ArrayList<Object>();
        values.add(exercise.id().value());
        values.add(clinic.value());
        values.addAll(values(exercise));
        jdbc.sql("insert into clinic_exercise (id, clinic_id, " + CONTENT_COLUMNS + ") values ("
                        + placeholders(values.size()) + ")")
                .params(values)
                .update();
    }

    @Override
    public boolean update(Exercise exercise, long expectedVersion) {
        if (!(exercise.owner() instanceof ExerciseOwner.ClinicOwned(var clinic))) {
            return false;
        }
        String assignments = Arrays.stream(CONTENT_COLUMNS.split(","))
                .map(column -> column.strip() + " = ?")
                .collect(Collectors.joining(", "));
        var values = new ArrayList<Object>(values(exercise));
        values.add(exercise.id().value());
        values.add(clinic.value());
        values.add(expectedVersion);
        return jdbc.sql("update clinic_exercise set " + assignments
                                + ", version = version + 1 where id = ? and clinic_id = ? and version = ?")
                        .params(values)
                        .update()
                == 1;
    }

    /**
     * The statement with the search's conditions in place of {@code %s}: the filters, then one {@code strpos} per term
     * on search_text (lower-cased name, line break, lower-cased purpose), so the statement has no subquery per row.
     */
    private JdbcClient.StatementSpec matching(String sql, ExerciseSearch search) {
        List<String> terms = search.terms();
        var where = new StringBuilder(MATCHING);
        for (int index = 0; index < terms.size(); index++) {
            where.append(" and strpos(search_text, :term").append(index).append(") > 0");
        }
        var statement = jdbc.sql(sql.formatted(where))
                .param("clinic", search.clinic().value())
                .param("includeRetired", search.includeRetired())
                .param(
                        "categories",
                        search.categories().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param(
                        "phases",
                        search.phases().stream()
                                .map(ProgramPhase::number)
                                .sorted()
                                .toArray(Integer[]::new));
        for (int index = 0; index < terms.size(); index++) {
            statement = statement.param("term" + index, terms.get(index));
        }
        return statement;
    }

    private static List<Object> values(Exercise exercise) {
        var instructions = exercise.instructions();
        var precautions = exercise.precautions();
        var values = new ArrayList<Object>();
        values.add(exercise.name());
        values.add(exercise.purpose());
        values.add(exercise.category().name());
        values.add(exercise.phase().number());
        values.add(DosageColumns.text(instructions.setUp()));
        values.add(instructions.steps().toArray(String[]::new));
        values.add(instructions.cues().toArray(String[]::new));
        values.add(exercise.watchFors().signs().stream().map(Enum::name).toArray(String[]::new));
        values.add(DosageColumns.text(exercise.watchFors().note()));
        values.addAll(DosageColumns.values(exercise.defaultDosage()));
        values.add(DosageColumns.text(precautions.text()));
        values.add(precautions.loadedAbdominalWork());
        values.add(precautions.requiresScarClearance());
        values.add(precautions.cautions().stream().map(Enum::name).sorted().toArray(String[]::new));
        values.add(uuid(exercise.variants().easier()));
        values.add(uuid(exercise.variants().harder()));
        values.add(exercise.retired());
        return values;
    }

    private static SqlParameterValue uuid(Optional<ExerciseId> id) {
        return new SqlParameterValue(Types.OTHER, id.map(ExerciseId::value).orElse(null));
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static StoredExercise stored(ResultSet rs, int row) throws SQLException {
        var exercise = new Exercise(
                new ExerciseId(rs.getObject("id", UUID.class)),
                new ExerciseOwner.ClinicOwned(new ClinicId(rs.getObject("clinic_id", UUID.class))),
                rs.getString("name"),
                rs.getString("purpose"),
                ExerciseCategory.valueOf(rs.getString("category")),
                ProgramPhase.ofNumber(rs.getInt("phase")).orElseThrow(),
                new Instructions(
                        Optional.ofNullable(rs.getString("set_up")), strings(rs, "steps"), strings(rs, "cues")),
                new WatchFors(watchFors(rs), Optional.ofNullable(rs.getString("watch_for_note"))),
                DosageColumns.read(rs),
                new Precautions(
                        Optional.ofNullable(rs.getString("precautions")),
                        rs.getBoolean("loaded_abdominal_work"),
                        rs.getBoolean("requires_scar_clearance"),
                        cautions(rs)),
                new Variants(variant(rs, "easier_variant_id"), variant(rs, "harder_variant_id")),
                rs.getBoolean("retired"));
        return new StoredExercise(exercise, rs.getLong("version"));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        return List.of((String[]) rs.getArray(column).getArray());
    }

    private static Set<WatchFor> watchFors(ResultSet rs) throws SQLException {
        return strings(rs, "watch_fors").stream().map(WatchFor::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<Caution> cautions(ResultSet rs) throws SQLException {
        return strings(rs, "cautions").stream().map(Caution::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    private static Optional<ExerciseId> variant(ResultSet rs, String column) throws SQLException {
        @Nullable UUID id = rs.getObject(column, UUID.class);
        return Optional.ofNullable(id).map(ExerciseId::new);
    }
}
