package app.floorplan.core.export;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;

/**
 * The practice tick-sheet printed after the plan: one box per exercise and day for {@value #WEEKS} weeks, so she can
 * tick what she did at home and bring the sheet to her next visit. The week's dates are left blank for her to write,
 * since the plan may be printed days before she starts.
 *
 * @param rows the exercises by number and name, in the plan's order
 */
public record TickSheet(List<String> rows) {

    public static final int WEEKS = 4;

    public TickSheet {
        rows = List.copyOf(rows);
    }

    /** Monday to Sunday, the columns of each week. */
    public List<DayOfWeek> days() {
        return Arrays.asList(DayOfWeek.values());
    }
}
