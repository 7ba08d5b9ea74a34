package app.floorplan.persistence.patient;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** How typed search text is read: a date of birth, phone digits, or part of a name. */
sealed interface PatientSearchTerm {

    record Everyone() implements PatientSearchTerm {}

    record BornOn(LocalDate date) implements PatientSearchTerm {}

    record PhoneDigits(String digits) implements PatientSearchTerm {}

    record NamePart(String text) implements PatientSearchTerm {}

    List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("d/M/uuuu"));

    static PatientSearchTerm read(String text) {
        if (text.isBlank()) {
            return new Everyone();
        }
        Optional<LocalDate> date = parseDate(text);
        if (date.isPresent()) {
            return new BornOn(date.get());
        }
        String digits = text.replaceAll("[^0-9]", "");
        // at least four digits and nothing but phone punctuation: someone typed part of a phone number
        if (digits.length() >= 4 && text.matches("\\+?[0-9 ()./-]+")) {
            return new PhoneDigits(digits);
        }
        return new NamePart(text);
    }

    private static Optional<LocalDate> parseDate(String text) {
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next format
            }
        }
        return Optional.empty();
    }
}
