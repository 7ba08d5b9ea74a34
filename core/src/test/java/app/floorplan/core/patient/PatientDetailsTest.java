package app.floorplan.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.core.validation.Violation;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PatientDetailsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void typed_values_are_trimmed_and_blank_contacts_become_absent() {
        PatientDetails d = PatientDetails.of(
                "  Anna ", " Berg", LocalDate.of(1992, 1, 1), "  ", "", "English", Optional.empty(), " note ", TODAY);

        assertThat(d.givenName()).isEqualTo("Anna");
        assertThat(d.familyName()).isEqualTo("Berg");
        assertThat(d.phone()).isEmpty();
        assertThat(d.email()).isEmpty();
        assertThat(d.notes()).isEqualTo("note");
    }

    @Test
    void every_refused_field_is_reported_at_once_next_to_its_field() {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> PatientDetails.of(
                        " ", "", TODAY.plusDays(1), "call me", "anna@", "", Optional.empty(), "", TODAY));

        assertThat(e.violations())
                .extracting(Violation::field)
                .containsExactlyInAnyOrder(
                        "givenName", "familyName", "dateOfBirth", "phone", "email", "preferredLanguage");
    }

    @Test
    void a_date_of_birth_more_than_120_years_ago_is_a_typo() {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> PatientDetails.of(
                        "A", "B", TODAY.minusYears(120), "", "", "English", Optional.empty(), "", TODAY));

        assertThat(e.violations()).extracting(Violation::field).containsExactly("dateOfBirth");
        assertThat(PatientDetails.of(
                                "A",
                                "B",
                                TODAY.minusYears(120).plusDays(1),
                                "",
                                "",
                                "English",
                                Optional.empty(),
                                "",
                                TODAY)
                        .dateOfBirth())
                .isEqualTo(TODAY.minusYears(120).plusDays(1));
    }

    @Test
    void details_built_directly_are_refused_with_the_same_messages_as_the_form() {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> new PatientDetails(
                        " ",
                        "Berg",
                        LocalDate.of(1992, 1, 1),
                        Optional.of("call me"),
                        Optional.of("anna@"),
                        "English",
                        Optional.empty(),
                        "n".repeat(4001)));

        assertThat(e.violations())
                .containsExactlyInAnyOrder(
                        new Violation("givenName", "Enter the given name"),
                        new Violation("phone", "Use digits, spaces and + ( ) - only, 6 to 30 characters"),
                        new Violation("email", "Enter an e-mail address like name@example.org"),
                        new Violation("notes", "At most 4000 characters"));
    }

    @Test
    void details_built_directly_are_trimmed_and_blank_contacts_become_absent() {
        var details = new PatientDetails(
                " Anna ",
                "Berg ",
                LocalDate.of(1992, 1, 1),
                Optional.of("  "),
                Optional.of(" anna@example.org "),
                " English",
                Optional.empty(),
                " note ");

        assertThat(details)
                .isEqualTo(new PatientDetails(
                        "Anna",
                        "Berg",
                        LocalDate.of(1992, 1, 1),
                        Optional.empty(),
                        Optional.of("anna@example.org"),
                        "English",
                        Optional.empty(),
                        "note"));
    }
}
