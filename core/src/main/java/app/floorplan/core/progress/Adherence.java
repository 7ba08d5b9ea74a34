package app.floorplan.core.progress;

import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramVersion;
import app.floorplan.core.program.ProgramContent;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** Adherence per ISO week since the program started: sessions practised / sessions prescribed. */
public final class Adherence {

    /**
     * Sessions a week when no item says how many days a week: pelvic floor and breathing practice is prescribed daily
     * unless the PT says otherwise, and the patient reads an item without days per week as "every day" (DosageText).
     */
    public static final int DEFAULT_SESSIONS_PER_WEEK = 7;

    private static final int DAYS_IN_WEEK = 7;

    private Adherence() {}

    /**
     * Sessions prescribed per week by a program: the most days per week any item asks for, since a session is one day's
     * practice and the busiest item decides how many days she practises at all.
     */
    public static int sessionsPerWeek(ProgramContent content) {
        return content.items().stream()
                .map(item -> item.dosage().daysPerWeek())
                .filter(days -> days.isPresent())
                .mapToInt(days -> days.getAsInt())
                .max()
                .orElse(DEFAULT_SESSIONS_PER_WEEK);
    }

    /**
     * One row per ISO week from the week the program started to the current week, oldest first. Days before the start
     * are not counted; in the first and the current week only the covered days are prescribed, prorated and rounded up
     * (3 sessions a week, 2 days covered: 1 prescribed). Each week is judged by the version in force at its end.
     */
    public static List<AdherenceWeek> perWeek(
            HomeProgram program, List<PracticeDay> days, LocalDate today, ZoneId zone) {
        LocalDate start = startOf(program, zone);
        if (today.isBefore(start)) {
            return List.of();
        }
        var weeks = new ArrayList<AdherenceWeek>();
        for (LocalDate monday = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                !monday.isAfter(today);
                monday = monday.plusWeeks(1)) {
            LocalDate from = monday.isBefore(start) ? start : monday;
            LocalDate sunday = monday.plusDays(DAYS_IN_WEEK - 1);
            LocalDate to = sunday.isAfter(today) ? today : sunday;
            int covered = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
            int perWeek = sessionsPerWeek(inForceOn(program, to, zone).content());
            int prescribed = Math.max(1, Math.ceilDiv(perWeek * covered, DAYS_IN_WEEK));
            int practised = (int) days.stream()
                    .filter(day -> !day.date().isBefore(from) && !day.date().isAfter(to))
                    .filter(PracticeDay::practised)
                    .count();
            boolean full = !monday.isBefore(start) && sunday.isBefore(today);
            weeks.add(new AdherenceWeek(monday, practised, prescribed, full));
        }
        return weeks;
    }

    /** The day the program's first version was prescribed. */
    public static LocalDate startOf(HomeProgram program, ZoneId zone) {
        return program.versions().getFirst().createdAt().atZone(zone).toLocalDate();
    }

    private static HomeProgramVersion inForceOn(HomeProgram program, LocalDate day, ZoneId zone) {
        HomeProgramVersion inForce = program.versions().getFirst();
        for (var version : program.versions()) {
            if (!version.createdAt().atZone(zone).toLocalDate().isAfter(day)) {
                inForce = version;
            }
        }
        return inForce;
    }
}
