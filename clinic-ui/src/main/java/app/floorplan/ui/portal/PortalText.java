package app.floorplan.ui.portal;

import app.floorplan.core.practice.Completion;
import app.floorplan.core.practice.SymptomFlag;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The patient-facing words for the practice log, in plain English. */
final class PortalText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private PortalText() {}

    static String completion(Completion completion) {
        return switch (completion) {
            case DONE -> "Done";
            case PARTLY -> "Partly done";
            case SKIPPED -> "Skipped";
        };
    }

    static String symptom(SymptomFlag flag) {
        return switch (flag) {
            case DOMING -> "My belly domed or bulged along the middle";
            case LEAKING -> "I leaked urine, wind or stool";
            case HEAVINESS -> "Heaviness or a bulge felt down below";
            case PAIN_INCREASE -> "My pain got worse";
            case OTHER -> "Something else";
        };
    }

    /** "Sunday 22 November". */
    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "3 November 2026". */
    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String streak(int days, boolean capped) {
        if (days == 0) {
            return "Log a session today to start a streak.";
        }
        String length = days == 1 ? "1 day" : days + " days";
        return (capped ? length + " or more" : length) + " in a row. Keep going!";
    }
}
