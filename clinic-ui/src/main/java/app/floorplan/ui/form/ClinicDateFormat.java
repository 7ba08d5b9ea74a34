package app.floorplan.ui.form;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the clinic writes dates, e.g. {@code d.M.yyyy} (14.3.1992) or {@code M/d/yyyy} (3/14/1992): every date field
 * shows dates this way and gives an example in it ({@code floorplan.clinic.date-format}). A field also accepts the
 * format of the browser's language and ISO dates (1992-03-14), so what a person types out of habit is not refused;
 * where they disagree (3/4/1992), the clinic's format wins, as the example under the field says.
 *
 * @param pattern day {@code d}/{@code dd}, month {@code M}/{@code MM} and a four-digit year {@code yyyy}, separated by
 *     {@code .}, {@code /}, {@code -} or a space; the same letters mean the same in Java and in the date picker
 */
public record ClinicDateFormat(String pattern) {

    public static final String DEFAULT = "d.M.yyyy";
    private static final String ISO = "yyyy-MM-dd";
    private static final Pattern NUMERIC =
            Pattern.compile("(d{1,2}|M{1,2}|yyyy)([./ -])(d{1,2}|M{1,2}|yyyy)\\2(d{1,2}|M{1,2}|yyyy)");

    public ClinicDateFormat {
        var matcher = NUMERIC.matcher(pattern);
        if (!matcher.matches()
                || !List.of(
                                matcher.group(1).charAt(0),
                                matcher.group(3).charAt(0),
                                matcher.group(4).charAt(0))
                        .containsAll(List.of('d', 'M', 'y'))) {
            throw new IllegalArgumentException("floorplan.clinic.date-format must be a numeric date such as d.M.yyyy,"
                    + " dd/MM/yyyy, M/d/yyyy or yyyy-MM-dd; got '" + pattern + "'");
        }
    }

    /** The default, for a date field created where no clinic format is configured (e.g. a test without Spring). */
    public ClinicDateFormat() {
        this(DEFAULT);
    }

    /** The date as the clinic writes it, e.g. "14.3.1992". */
    public String format(LocalDate date) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).format(date);
    }

    /**
     * Text written in the clinic's format as a date, e.g. "5.6.1993" or "05.06.1993" (one or two digits either way);
     * empty for anything else, including days that do not exist (31.2.1993).
     */
    public Optional<LocalDate> parse(String text) {
        String lenient = pattern.replace("dd", "d").replace("MM", "M").replace("yyyy", "uuuu");
        try {
            return Optional.of(LocalDate.parse(
                    text.strip(),
                    DateTimeFormatter.ofPattern(lenient, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT)));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /** A moment as the clinic writes it in its time zone, e.g. "14.3.2026 09:05" (24-hour clock). */
    public String format(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofPattern(pattern + " HH:mm", Locale.ROOT).format(at.atZone(zone));
    }

    /**
     * What a date field accepts, first the clinic's format (it also shows dates in it), then the short numeric format of
     * the browser's language when it is another one, then ISO.
     */
    public List<String> accepted(Locale browser) {
        List<String> formats = new ArrayList<>(List.of(pattern));
        numericFormatOf(browser).ifPresent(formats::add);
        formats.add(ISO);
        return distinctBySameFields(formats);
    }

    /** The language's short date pattern with a four-digit year (en-US "M/d/yy" becomes "M/d/yyyy"); none if not numeric. */
    static Optional<String> numericFormatOf(Locale locale) {
        String shortPattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        String fourDigitYear = shortPattern.replaceAll("y+", "yyyy");
        return NUMERIC.matcher(fourDigitYear).matches() ? Optional.of(fourDigitYear) : Optional.empty();
    }

    /** "d.M.yyyy" and "dd.MM.yyyy" read the same input (both accept one or two digits): keep the first. */
    private static List<String> distinctBySameFields(List<String> formats) {
        List<String> kept = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String format : formats) {
            String fields = format.replace("dd", "d").replace("MM", "M");
            if (!seen.contains(fields)) {
                seen.add(fields);
                kept.add(format);
            }
        }
        return kept;
    }
}
