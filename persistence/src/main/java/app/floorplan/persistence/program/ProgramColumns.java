package app.floorplan.persistence.program;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import app.floorplan.core.program.ProgramContent;
import app.floorplan.core.program.ProgramItem;
import app.floorplan.persistence.exercise.DosageColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The columns home program versions and templates share: the content's head (phase, goals, advice, free text) and the
 * item rows. Items are written in one multi-row insert, whatever their number.
 */
final class ProgramColumns {

    /** The content's head columns, in the order of {@link #headValues}. */
    static final String HEAD = "phase, goals, advice, free_text_advice";

    /** An item's columns after its owner's key, in the order of {@link #itemValues}. */
    static final String ITEM = "position, exercise_id, " + DosageColumns.NAMES + ", note";

    private static final int ITEM_COUNT = 3 + DosageColumns.COUNT;

    private ProgramColumns() {}

    static List<Object> headValues(ProgramContent content) {
        return List.of(
                content.phase().number(),
                content.goals().toArray(String[]::new),
                content.advice().stream().map(Enum::name).toArray(String[]::new),
                DosageColumns.text(content.freeTextAdvice()));
    }

    /** Inserts every item in one statement; {@code key} are the owner's key values that start each row. */
    static void insertItems(
            JdbcClient jdbc, String table, String keyColumns, List<Object> key, List<ProgramItem> items) {
        if (items.isEmpty()) {
            return;
        }
        String row = "(" + String.join(", ", Collections.nCopies(key.size() + ITEM_COUNT, "?")) + ")";
        var values = new ArrayList<Object>();
        for (var item : items) {
            values.addAll(key);
            values.add(item.position());
            values.add(item.exercise().value());
            values.addAll(DosageColumns.values(item.dosage()));
            values.add(DosageColumns.text(item.note()));
        }
        jdbc.sql("insert into " + table + " (" + keyColumns + ", " + ITEM + ") values "
                        + String.join(", ", Collections.nCopies(items.size(), row)))
                .params(values)
                .update();
    }

    static ProgramItem item(ResultSet rs) throws SQLException {
        return new ProgramItem(
                rs.getInt("position"),
                new ExerciseId(rs.getObject("exercise_id", UUID.class)),
                DosageColumns.read(rs),
                Optional.ofNullable(rs.getString("note")));
    }

    /** The content from the head columns of the current row and its items in position order. */
    static ProgramContent content(Head head, List<ProgramItem> items) {
        return new ProgramContent(head.phase(), head.goals(), items, head.advice(), head.freeTextAdvice());
    }

    static Head head(ResultSet rs) throws SQLException {
        return new Head(
                ProgramPhase.ofNumber(rs.getInt("phase")).orElseThrow(),
                List.of((String[]) rs.getArray("goals").getArray()),
                Arrays.stream((String[]) rs.getArray("advice").getArray())
                        .map(DailyLifeAdvice::valueOf)
                        .collect(Collectors.toUnmodifiableSet()),
                Optional.ofNullable(rs.getString("free_text_advice")));
    }

    /** The content's head as read, waiting for its items. */
    record Head(ProgramPhase phase, List<String> goals, Set<DailyLifeAdvice> advice, Optional<String> freeTextAdvice) {}
}
