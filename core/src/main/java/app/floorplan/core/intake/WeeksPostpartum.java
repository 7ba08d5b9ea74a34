package app.floorplan.core.intake;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Time since the latest delivery, derived from its date and today and never stored (it changes every day).
 *
 * @param weeks completed weeks
 * @param days days past the completed weeks, 0-6
 */
public record WeeksPostpartum(int weeks, int days) {

    public WeeksPostpartum {
        if (weeks < 0 || days < 0 || days > 6) {
            throw new IllegalArgumentException("weeks >= 0 and days 0-6 expected, got " + weeks + "+" + days);
        }
    }

    /** Time from a delivery to today; today must not be before the delivery. */
    public static WeeksPostpartum since(LocalDate delivery, LocalDate today) {
        var totalDays = ChronoUnit.DAYS.between(delivery, today);
        if (totalDays < 0) {
            throw new IllegalArgumentException("today " + today + " is before the delivery on " + delivery);
        }
        return new WeeksPostpartum(Math.toIntExact(totalDays / 7), (int) (totalDays % 7));
    }

    public int totalDays() {
        return weeks * 7 + days;
    }

    /** As clinicians say it, e.g. "6 weeks 3 days", "1 week", "4 days". */
    public String label() {
        var weekPart = weeks + (weeks == 1 ? " week" : " weeks");
        var dayPart = days + (days == 1 ? " day" : " days");
        if (days == 0) {
            return weekPart;
        }
        return weeks == 0 ? dayPart : weekPart + " " + dayPart;
    }
}
