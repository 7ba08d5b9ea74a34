package app.floorplan.persistence.program;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramId;
import app.floorplan.core.program.HomeProgramRepository;
import app.floorplan.core.program.HomeProgramVersion;
import app.floorplan.core.program.ProgramItem;
import app.floorplan.core.validation.EditConflictException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Home programs in typed tables (see V6__exercises_and_programs.sql): home_program (one per patient),
 * home_program_version and home_program_item. Loading a program costs two statements whatever its number of versions
 * and items (versions, then all their items); saving a version costs two (the version, then all its items in one
 * insert).
 *
 * <p>Optimistic locking: the next version is inserted with the primary key (program_id, number) and
 * {@code on conflict do nothing}, only while the expected previous version exists. Of two editors revising the same
 * version at once, PostgreSQL lets the second insert wait for the first transaction and then skips it: exactly one
 * wins, and the other gets false without an aborted transaction.
 */
@Repository
class JdbcHomeProgramRepository implements HomeProgramRepository {

    private static final String THIS_PROGRAM = "This home program";

    private static final String VERSION_COLUMNS =
            "program_id, number, " + ProgramColumns.HEAD + ", author_id, created_at, reason, reason_visible_to_patient";

    private final JdbcClient jdbc;

    JdbcHomeProgramRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<HomeProgram> current(PatientId patient) {
        List<StoredVersion> versions = jdbc.sql("select p.patient_id, v." + VERSION_COLUMNS.replace(", ", ", v.")
                        + " from home_program p join home_program_version v on v.program_id = p.id"
                        + " where p.patient_id = ? order by v.number")
                .param(patient.value())
                .query(JdbcHomeProgramRepository::version)
                .list();
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        UUID program = versions.getFirst().program().value();
        Map<Integer, List<ProgramItem>> items = jdbc
                .sql("select number, " + ProgramColumns.ITEM
                        + " from home_program_item where program_id = ? order by number, position")
                .param(program)
                .query((rs, row) -> Map.entry(rs.getInt("number"), ProgramColumns.item(rs)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return Optional.of(new HomeProgram(versions.stream()
                .map(version -> version.complete(items.getOrDefault(version.number(), List.of())))
                .toList()));
    }

    /**
     * @throws EditConflictException when the patient got a program meanwhile (another PT prescribed one first)
     */
    @Override
    public void add(HomeProgramVersion first) {
        if (first.number() != 1) {
            throw new IllegalArgumentException("a new program starts with version 1, got " + first.number());
        }
        try {
            jdbc.sql("insert into home_program (id, patient_id) values (?, ?)")
                    .params(first.program().value(), first.patient().value())
                    .update();
        } catch (DuplicateKeyException alreadyPrescribed) {
            throw new EditConflictException(THIS_PROGRAM);
        }
        jdbc.sql("insert into home_program_version (" + VERSION_COLUMNS + ") values (" + placeholders(VERSION_COLUMNS)
                        + ")")
                .params(versionValues(first))
                .update();
        insertItems(first);
    }

    @Override
    public boolean addVersion(HomeProgramVersion version, int expectedPreviousNumber) {
        if (version.number() != expectedPreviousNumber + 1) {
            throw new IllegalArgumentException(
                    "version " + version.number() + " does not follow " + expectedPreviousNumber);
        }
        var values = new ArrayList<Object>(versionValues(version));
        values.add(version.program().value());
        values.add(expectedPreviousNumber);
        boolean inserted = jdbc.sql("insert into home_program_version (" + VERSION_COLUMNS + ") select "
                                + placeholders(VERSION_COLUMNS)
                                + " where exists (select 1 from home_program_version where program_id = ? and number = ?)"
                                + " on conflict (program_id, number) do nothing")
                        .params(values)
                        .update()
                == 1;
        if (inserted) {
            insertItems(version);
        }
        return inserted;
    }

    private void insertItems(HomeProgramVersion version) {
        ProgramColumns.insertItems(
                jdbc,
                "home_program_item",
                "program_id, number",
                List.of(version.program().value(), version.number()),
                version.content().items());
    }

    private static List<Object> versionValues(HomeProgramVersion version) {
        var values = new ArrayList<Object>();
        values.add(version.program().value());
        values.add(version.number());
        values.addAll(ProgramColumns.headValues(version.content()));
        values.add(version.author().value());
        values.add(Timestamp.from(version.createdAt()));
        values.add(app.floorplan.persistence.exercise.DosageColumns.text(version.reason()));
        values.add(version.reasonVisibleToPatient());
        return values;
    }

    private static String placeholders(String columns) {
        return String.join(", ", Collections.nCopies(columns.split(",").length, "?"));
    }

    private static StoredVersion version(ResultSet rs, int row) throws SQLException {
        return new StoredVersion(
                new HomeProgramId(rs.getObject("program_id", UUID.class)),
                new PatientId(rs.getObject("patient_id", UUID.class)),
                rs.getInt("number"),
                ProgramColumns.head(rs),
                new AccountId(rs.getObject("author_id", UUID.class)),
                rs.getTimestamp("created_at"),
                Optional.ofNullable(rs.getString("reason")),
                rs.getBoolean("reason_visible_to_patient"));
    }

    /** A version row before its items are read. */
    private record StoredVersion(
            HomeProgramId program,
            PatientId patient,
            int number,
            ProgramColumns.Head head,
            AccountId author,
            Timestamp createdAt,
            Optional<String> reason,
            boolean reasonVisibleToPatient) {

        HomeProgramVersion complete(List<ProgramItem> items) {
            return new HomeProgramVersion(
                    program,
                    patient,
                    number,
                    ProgramColumns.content(head, items),
                    author,
                    createdAt.toInstant(),
                    reason,
                    reasonVisibleToPatient);
        }
    }
}
