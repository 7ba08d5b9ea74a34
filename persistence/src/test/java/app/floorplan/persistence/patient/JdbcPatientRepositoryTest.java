package app.floorplan.persistence.patient;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.patient.PatientListItem;
import app.floorplan.core.patient.PatientQuery;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.MigratedDatabase;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JdbcPatientRepositoryTest {

    private final JdbcPatientRepository patients = new JdbcPatientRepository(MigratedDatabase.jdbc());
    private final Fixtures fixtures = new Fixtures(MigratedDatabase.jdbc());
    private ClinicId clinic;

    @BeforeEach
    void aClinicWithThreePatients() {
        clinic = fixtures.clinic();
        var pt = fixtures.pt(clinic, "Pia Therapist");
        fixtures.patient(clinic, "Chloé", "Dupré", LocalDate.of(1994, 3, 9), "+33 6 12 34 56 78");
        fixtures.patient(clinic, "Anna", "Berg", LocalDate.of(1992, 11, 1), "+46 70 123 45 67");
        fixtures.patient(clinic, "Bea", "Castillo", LocalDate.of(1989, 6, 30), null);
        MigratedDatabase.jdbc()
                .sql("update patient set assigned_pt_id = ? where clinic_id = ?")
                .params(pt.value(), clinic.value())
                .update();
    }

    @ParameterizedTest(name = "searching \"{0}\" finds {1}")
    @CsvSource({
        "chloe, Chloé Dupré",
        "DUPRE, Chloé Dupré",
        "hlo, Chloé Dupré",
        "ann, Anna Berg",
        "1992-11-01, Anna Berg",
        "01.11.1992, Anna Berg",
        "70 123 4, Anna Berg",
        "Castillo, Bea Castillo"
    })
    void search_matches_partial_names_without_case_or_accents_and_dates_of_birth_and_phone_digits(
            String typed, String expected) {
        assertThat(patients.search(clinic, PatientQuery.text(typed), 0, 10))
                .extracting(PatientListItem::fullName)
                .containsExactly(expected);
        assertThat(patients.count(clinic, PatientQuery.text(typed))).isEqualTo(1);
    }

    @Test
    void an_empty_search_lists_the_clinic_sorted_by_family_name_with_the_assigned_pt() {
        var all = patients.search(clinic, PatientQuery.all(), 0, 10);
        assertThat(all).extracting(PatientListItem::familyName).containsExactly("Berg", "Castillo", "Dupré");
        assertThat(all).allSatisfy(p -> assertThat(p.assignedPtName()).contains("Pia Therapist"));
    }

    @Test
    void paging_returns_the_requested_slice() {
        assertThat(patients.search(clinic, PatientQuery.all(), 1, 1))
                .extracting(PatientListItem::familyName)
                .containsExactly("Castillo");
    }

    @Test
    void another_clinics_patients_never_appear() {
        var otherClinic = fixtures.clinic();
        fixtures.patient(otherClinic, "Anna", "Bergström", LocalDate.of(1990, 1, 1), null);
        assertThat(patients.search(clinic, PatientQuery.text("anna"), 0, 10))
                .extracting(PatientListItem::fullName)
                .containsExactly("Anna Berg");
    }

    @Test
    void like_wildcards_typed_by_a_person_are_taken_literally() {
        assertThat(patients.search(clinic, PatientQuery.text("%"), 0, 10)).isEmpty();
        assertThat(patients.search(clinic, PatientQuery.text("_"), 0, 10)).isEmpty();
    }
}
