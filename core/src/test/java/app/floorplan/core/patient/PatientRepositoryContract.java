package app.floorplan.core.patient;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PatientRepository} keeps: the in-memory fake core's tests run on and the PostgreSQL adapter alike.
 * Each test makes its own clinic, so a database shared between tests changes nothing.
 */
public abstract class PatientRepositoryContract {

    protected abstract PatientRepository repository();

    /** A new clinic with no patients and no staff. */
    protected abstract ClinicId newClinic();

    /** An enabled PT account of the clinic. */
    protected abstract AssignablePt newPt(ClinicId clinic, String displayName);

    @Test
    void an_added_patient_reads_back_as_saved() {
        ClinicId clinic = newClinic();
        Patient anna = patient(clinic, "Anna", "Berg", LocalDate.of(1992, 11, 1));

        repository().add(anna);

        assertThat(repository().findById(anna.id())).contains(anna);
    }

    @Test
    void an_unknown_id_finds_nothing() {
        assertThat(repository().findById(PatientId.random())).isEmpty();
    }

    @Test
    void an_update_with_the_opened_version_wins_and_a_second_one_with_the_same_version_is_refused() {
        ClinicId clinic = newClinic();
        Patient opened = patient(clinic, "Edit", "Me", LocalDate.of(1991, 2, 3));
        repository().add(opened);
        Patient renamed = new Patient(
                opened.id(), clinic, details("Edith", "Me", opened.details().dateOfBirth()), false, opened.version());

        assertThat(repository().update(renamed)).isTrue();
        assertThat(repository().update(renamed))
                .as("second save on the same opened version")
                .isFalse();

        Patient stored = repository().findById(opened.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(opened.version() + 1);
        assertThat(stored.details()).isEqualTo(renamed.details());
    }

    @Test
    void an_update_of_a_patient_never_added_writes_nothing() {
        Patient ghost = patient(newClinic(), "Ghost", "Record", LocalDate.of(1990, 1, 1));

        assertThat(repository().update(ghost)).isFalse();
        assertThat(repository().findById(ghost.id())).isEmpty();
    }

    @Test
    void an_empty_search_lists_the_clinics_active_patients_by_family_then_given_name_in_pages() {
        ClinicId clinic = newClinic();
        add(clinic, "Chloé", "Dupré", LocalDate.of(1994, 3, 9));
        add(clinic, "Bea", "Castillo", LocalDate.of(1989, 6, 30));
        add(clinic, "Berit", "Berg", LocalDate.of(1990, 1, 1));
        add(clinic, "Anna", "Berg", LocalDate.of(1992, 11, 1));

        assertThat(repository().search(clinic, PatientQuery.all(), 0, 10))
                .extracting(PatientListItem::fullName)
                .containsExactly("Anna Berg", "Berit Berg", "Bea Castillo", "Chloé Dupré");
        assertThat(repository().search(clinic, PatientQuery.all(), 1, 2))
                .extracting(PatientListItem::fullName)
                .containsExactly("Berit Berg", "Bea Castillo");
    }

    @Test
    void archived_patients_are_listed_only_when_asked_for() {
        ClinicId clinic = newClinic();
        add(clinic, "Anna", "Berg", LocalDate.of(1992, 11, 1));
        Patient archived = patient(clinic, "Ida", "Ahl", LocalDate.of(1990, 1, 1));
        repository().add(archived);
        assertThat(repository()
                        .update(new Patient(archived.id(), clinic, archived.details(), true, archived.version())))
                .isTrue();

        assertThat(repository().search(clinic, PatientQuery.all(), 0, 10))
                .extracting(PatientListItem::fullName)
                .containsExactly("Anna Berg");
        assertThat(repository().search(clinic, new PatientQuery("", true), 0, 10))
                .extracting(PatientListItem::fullName, PatientListItem::archived)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Ida Ahl", true),
                        org.assertj.core.groups.Tuple.tuple("Anna Berg", false));
    }

    @Test
    void a_part_of_a_name_matches_without_case_or_accents() {
        ClinicId clinic = newClinic();
        add(clinic, "Chloé", "Dupré", LocalDate.of(1994, 3, 9));
        add(clinic, "Anna", "Berg", LocalDate.of(1992, 11, 1));

        assertThat(repository().search(clinic, PatientQuery.text("DUPRE"), 0, 10))
                .extracting(PatientListItem::fullName)
                .containsExactly("Chloé Dupré");
        assertThat(repository().search(clinic, PatientQuery.text("hlo"), 0, 10))
                .extracting(PatientListItem::fullName)
                .containsExactly("Chloé Dupré");
        assertThat(repository().anyMatch(clinic, PatientQuery.text("ann"))).isTrue();
        assertThat(repository().anyMatch(clinic, PatientQuery.text("zzz"))).isFalse();
    }

    @Test
    void another_clinics_patients_never_appear() {
        ClinicId clinic = newClinic();
        ClinicId other = newClinic();
        add(clinic, "Anna", "Berg", LocalDate.of(1992, 11, 1));
        add(other, "Anna", "Bergström", LocalDate.of(1990, 1, 1));

        assertThat(repository().search(clinic, PatientQuery.text("anna"), 0, 10))
                .extracting(PatientListItem::fullName)
                .containsExactly("Anna Berg");
        assertThat(repository().search(clinic, PatientQuery.all(), 0, 10))
                .extracting(PatientListItem::fullName)
                .containsExactly("Anna Berg");
        assertThat(repository().sameNameAndBirthDate(other, "Anna", "Berg", LocalDate.of(1992, 11, 1)))
                .isEmpty();
    }

    @Test
    void a_duplicate_is_the_same_name_ignoring_case_and_accents_and_the_same_birth_date() {
        ClinicId clinic = newClinic();
        add(clinic, "Chloé", "Dupré", LocalDate.of(1994, 3, 9));

        assertThat(repository().sameNameAndBirthDate(clinic, "chloe", "DUPRE", LocalDate.of(1994, 3, 9)))
                .extracting(PossibleDuplicate::fullName)
                .containsExactly("Chloé Dupré");
        assertThat(repository().sameNameAndBirthDate(clinic, "Chloé", "Dupré", LocalDate.of(1994, 3, 10)))
                .isEmpty();
    }

    @Test
    void only_pts_of_the_clinic_can_be_assigned() {
        ClinicId clinic = newClinic();
        AssignablePt pia = newPt(clinic, "Pia Therapist");
        newPt(newClinic(), "Olga Elsewhere");

        assertThat(repository().assignablePts(clinic)).containsExactly(pia);
    }

    private void add(ClinicId clinic, String given, String family, LocalDate born) {
        repository().add(patient(clinic, given, family, born));
    }

    private static Patient patient(ClinicId clinic, String given, String family, LocalDate born) {
        return new Patient(PatientId.random(), clinic, details(given, family, born), false, 0);
    }

    private static PatientDetails details(String given, String family, LocalDate born) {
        return new PatientDetails(
                given,
                family,
                born,
                Optional.of("+46 70 123 45 67"),
                Optional.empty(),
                "English",
                Optional.empty(),
                "");
    }
}
