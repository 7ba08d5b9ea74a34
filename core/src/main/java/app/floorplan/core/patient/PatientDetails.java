package app.floorplan.core.patient;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.validation.Violations;
import java.time.LocalDate;
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

    /** Trims what was typed and refuses what a clinic could not use, reporting every field at once. */
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
        String given = givenName.strip();
        String family = familyName.strip();
        String phoneTyped = phone.strip();
        String emailTyped = email.strip();
        String language = preferredLanguage.strip();
        Violations v = new Violations()
                .check(!given.isEmpty(), "givenName", "Enter the given name")
                .check(given.length() <= NAME_MAX, "givenName", "At most " + NAME_MAX + " characters")
                .check(!family.isEmpty(), "familyName", "Enter the family name")
                .check(family.length() <= NAME_MAX, "familyName", "At most " + NAME_MAX + " characters")
                .check(!dateOfBirth.isAfter(today), "dateOfBirth", "Date of birth cannot be in the future")
                .check(
                        dateOfBirth.isAfter(today.minusYears(MAX_AGE_YEARS)),
                        "dateOfBirth",
                        "Date of birth is more than " + MAX_AGE_YEARS + " years ago")
                .check(
                        dateOfBirth.isAfter(today) || !dateOfBirth.isAfter(today.minusYears(MIN_AGE_YEARS)),
                        "dateOfBirth",
                        "Patient would be younger than " + MIN_AGE_YEARS + " years")
                .check(
                        phoneTyped.isEmpty() || PHONE.matcher(phoneTyped).matches(),
                        "phone",
                        "Use digits, spaces and + ( ) - only, 6 to 30 characters")
                .check(
                        emailTyped.isEmpty() || EMAIL.matcher(emailTyped).matches(),
                        "email",
                        "Enter an e-mail address like name@example.org")
                .check(!language.isEmpty(), "preferredLanguage", "Choose a preferred language")
                .check(language.length() <= 40, "preferredLanguage", "At most 40 characters")
                .check(notes.length() <= NOTES_MAX, "notes", "At most " + NOTES_MAX + " characters");
        v.throwIfAny();
        return new PatientDetails(
                given,
                family,
                dateOfBirth,
                phoneTyped.isEmpty() ? Optional.empty() : Optional.of(phoneTyped),
                emailTyped.isEmpty() ? Optional.empty() : Optional.of(emailTyped),
                language,
                assignedPt,
                notes.strip());
    }

    public String fullName() {
        return givenName + " " + familyName;
    }
}
