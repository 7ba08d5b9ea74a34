package app.floorplan.core.progress;

import java.time.LocalDate;

/**
 * Sessions practised against sessions prescribed in one ISO week (Monday to Sunday).
 *
 * @param monday the first day of the ISO week
 * @param practised days with a session logged as done or partly done (partly counts: she showed up)
 * @param prescribed sessions prescribed for the days of the week the program covered, at least 1
 * @param full whether the whole week lies after the program's start and before today, so it can be judged
 */
public record AdherenceWeek(LocalDate monday, int practised, int prescribed, boolean full) {

    /**
     * Two weeks at or above this share are needed before suggesting to advance. Clinic rule: no published source gives
     * an adherence cut-off for progressing a home program.
     */
    public static final int TARGET_PERCENT = 70;

    public AdherenceWeek {
        if (practised < 0 || prescribed < 1) {
            throw new IllegalArgumentException("practised >= 0 and prescribed >= 1");
        }
    }

    /** Practised / prescribed in whole percent, rounded down (69.9 % is not 70 %), at most 100. */
    public int percent() {
        return Math.min(100, practised * 100 / prescribed);
    }

    public boolean onTarget() {
        return meetsTarget(percent());
    }

    public static boolean meetsTarget(int percent) {
        return percent >= TARGET_PERCENT;
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }
}
