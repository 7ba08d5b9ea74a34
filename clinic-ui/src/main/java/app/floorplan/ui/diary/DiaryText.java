package app.floorplan.ui.diary;

import app.floorplan.core.diary.BladderEntry;
import app.floorplan.core.diary.BowelEntry;
import app.floorplan.core.diary.DiaryDay;
import app.floorplan.core.diary.DiaryEntry;
import app.floorplan.core.diary.DiaryRequest;
import app.floorplan.core.diary.Urination;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The diary in words, for the patient's phone and the PT's tab. */
final class DiaryText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private DiaryText() {}

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** E.g. "07:10 · passed urine 420 ml, urgency 3 · drank 250 ml". */
    static String line(DiaryEntry entry) {
        var parts = new ArrayList<String>();
        parts.add(TIME.format(entry.time()));
        switch (entry) {
            case BladderEntry bladder -> {
                bladder.drinkMl().ifPresent(ml -> parts.add("drank " + ml + " ml"));
                bladder.urination().ifPresent(urination -> parts.add(urination(urination)));
                bladder.leak()
                        .ifPresent(leak -> parts.add("leaked: " + leak.label().toLowerCase(Locale.ENGLISH)));
                if (bladder.padChanged()) {
                    parts.add("changed a pad");
                }
            }
            case BowelEntry bowel ->
                parts.add("bowel movement, " + bowel.stool().label().toLowerCase(Locale.ENGLISH)
                        + (bowel.straining() ? ", strained" : ""));
        }
        return String.join(" · ", parts) + (entry.struckOut() ? " (struck out)" : "");
    }

    private static String urination(Urination urination) {
        return "passed urine" + urination.volumeMl().map(ml -> " " + ml + " ml").orElse("") + ", urgency "
                + urination.urgency() + (urination.wokeHer() ? ", woke her" : "");
    }

    /** E.g. "8 times (1 at night) · 2 leaks · drank 1,500 ml". */
    static String totals(DiaryDay day) {
        var parts = new ArrayList<String>();
        parts.add("passed urine " + times(day.voids()) + " (" + day.nightVoids() + " at night)");
        parts.add(day.leaks() == 1 ? "1 leak" : day.leaks() + " leaks");
        parts.add("drank " + day.drinksMl() + " ml");
        if (day.measuredVoids() > 0) {
            parts.add("measured " + day.voidedMl() + " ml in " + times(day.measuredVoids()));
        }
        if (day.padsChanged() > 0) {
            parts.add(day.padsChanged() + (day.padsChanged() == 1 ? " pad" : " pads"));
        }
        if (day.bowelMovements() > 0) {
            parts.add((day.bowelMovements() == 1 ? "1 bowel movement" : day.bowelMovements() + " bowel movements")
                    + " (type "
                    + day.stoolTypes().stream()
                            .map(type -> String.valueOf(type.number()))
                            .collect(Collectors.joining(", "))
                    + ")");
        }
        return String.join(" · ", parts);
    }

    static String times(int count) {
        return count == 1 ? "once" : count + " times";
    }

    /** E.g. "3 days, 20 Nov to 22 Nov". */
    static String period(DiaryRequest request) {
        return request.days() + (request.days() == 1 ? " day, " : " days, ") + day(request.startsOn()) + " to "
                + day(request.lastDay());
    }

    static List<String> leakTriggers(DiaryDay day) {
        return day.leakTriggers().entrySet().stream()
                .map(entry -> entry.getValue() + " × " + entry.getKey().label().toLowerCase(Locale.ENGLISH))
                .toList();
    }
}
