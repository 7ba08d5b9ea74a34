package app.floorplan.core.patient;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.validation.Violations;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a PT types when registering or editing a patient, validated as a whole so the form can show every problem at
 * once. Field keys: {@code givenName}, {@code familyName}, {@code dateOfBirth}, {@code phone}, {@code email},
 * {@code preferredLanguage}, {@code notes}.
 */
public record PatientDetails(
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        Optional<String> phone,
        Optional<String> email,
        String preferredLanguage,
        Optional<AccountId> assignedPt,
        String notes) {

    static final int NAME_MAX = 100;
    static final int NOTES_MAX = 4000;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    // Oldest plausible patient; a typo such as 1899 is refused rather than stored.
    private static final int MAX_AGE_YEARS = 120;
    // Pelvic floor patients in this product are adolescents and adults.
    private static final int MIN_AGE_YEARS = 10;

    /**
     * Trims what was typed and refuses what a clinic could not use, reporting every field at once, so no invalid
     * details exist anywhere (a stored patient is read back through here too). The date of birth is only checked for
     * plausibility against a day in {@link #of}: a stored patient keeps ageing.
     */
    public PatientDetails {
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(assignedPt, "assignedPt");
        givenName = givenName.strip();
        familyName = familyName.strip();
        phone = phone.map(String::strip).filter(text -> !text.isEmpty());
        email = email.map(String::strip).filter(text -> !text.isEmpty());
        preferredLanguage = preferredLanguage.strip();
        notes = notes.strip();
        String typedPhone = phone.orElse("");
        String typedEmail = email.orElse("");
        new Violations()
                .check(!givenName.isEmpty(), "givenName", "Enter the given name")
                .check(givenName.length() <= NAME_MAX, "givenName", "At most " + NAME_MAX + " characters")
                .check(!familyName.isEmpty(), "familyName", "Enter the family name")
                .check(familyName.length() <= NAME_MAX, "familyName", "At most " + NAME_MAX + " characters")
                .check(
                        typedPhone.isEmpty() || PHONE.matcher(typedPhone).matches(),
                        "phone",
                        "Use digits, spaces and + ( ) - only, 6 to 30 characters")
                .check(
                        typedEmail.isEmpty() || EMAIL.matcher(typedEmail).matches(),
                        "email",
                        "Enter an e-mail address like name@example.org")
                .check(!preferredLanguage.isEmpty(), "preferredLanguage", "Choose a preferred language")
                .check(preferredLanguage.length() <= 40, "preferredLanguage", "At most 40 characters")
                .check(notes.length() <= NOTES_MAX, "notes", "At most " + NOTES_MAX + " characters")
                .throwIfAny();
    }

    /** What the PT typed on the form, checked as a whole: the fields above and a plausible date of birth on {@code today}. */
    public static PatientDetails of(
            String givenName,
            String familyName,
            LocalDate dateOfBirth,
            String phone,
            String email,
            String preferredLanguage,
            Optional<AccountId> assignedPt,
            String notes,
            LocalDate today) {
        Violations found = new Violations()
                .check(!dateOfBirth.isAfter(today), "dateOfBirth", "Date of birth cannot be in the future")
                .check(
                        dateOfBirth.isAfter(today.minusYears(MAX_AGE_YEARS)),
                        "dateOfBirth",
                        "Date of birth is more than " + MAX_AGE_YEARS + " years ago")
                .check(
                        dateOfBirth.isAfter(today) || !dateOfBirth.isAfter(today.minusYears(MIN_AGE_YEARS)),
                        "dateOfBirth",
                        "Patient would be younger than " + MIN_AGE_YEARS + " years");
        Optional<PatientDetails> details = found.attempt(() -> new PatientDetails(
                givenName,
                familyName,
                dateOfBirth,
                Optional.of(phone),
                Optional.of(email),
                preferredLanguage,
                assignedPt,
                notes));
        found.throwIfAny();
        return details.orElseThrow();
    }

    public String fullName() {
        return givenName + " " + familyName;
    }
}
