package app.floorplan.persistence.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.patient.PatientListItem;
import app.floorplan.core.patient.PatientQuery;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.MigratedDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
        "ch, Chloé Dupré",
        "du, Chloé Dupré",
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
        assertThat(patients.anyMatch(clinic, PatientQuery.text(typed))).isTrue();
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
    void like_wildcards_typed_by_a_person_are_taken_literally() {
        assertThat(patients.search(clinic, PatientQuery.text("%"), 0, 10)).isEmpty();
        assertThat(patients.anyMatch(clinic, PatientQuery.text("%"))).isFalse();
        assertThat(patients.search(clinic, PatientQuery.text("_"), 0, 10)).isEmpty();
    }

    @Test
    void only_enabled_pts_of_the_clinic_can_be_assigned() {
        assertThat(patients.assignablePts(clinic))
                .extracting(app.floorplan.core.patient.AssignablePt::displayName)
                .containsExactly("Pia Therapist");
        assertThat(patients.assignablePts(fixtures.clinic())).isEmpty();
    }

    @Test
    void a_fragment_common_to_thousands_of_names_still_pages_in_name_order() {
        var busy = fixtures.clinic();
        // more matches than the repository sorts itself: it walks the name index instead
        generated(busy, "'Berit'", "'Berg' || lpad(i::text, 4, '0')", 5100);
        fixtures.patient(busy, "Anna", "Aberg", LocalDate.of(1990, 1, 1), null);

        assertThat(patients.search(busy, PatientQuery.text("berg"), 0, 3))
                .extracting(PatientListItem::familyName)
                .containsExactly("Aberg", "Berg0001", "Berg0002");
        assertThat(patients.search(busy, PatientQuery.text("aberg"), 0, 3))
                .extracting(PatientListItem::familyName)
                .containsExactly("Aberg");
    }

    @Test
    void thousands_of_matches_late_in_the_alphabet_page_in_name_order_from_any_offset() {
        var busy = fixtures.clinic();
        // more names before the matches than a search reads first, and more matches than it sorts itself
        generated(busy, "'Ida'", "'Ahl' || lpad(i::text, 4, '0')", 3100);
        generated(busy, "'Ida'", "'Wiberg' || lpad(i::text, 4, '0')", 5100);

        assertThat(patients.search(busy, PatientQuery.text("wibe"), 0, 2))
                .extracting(PatientListItem::familyName)
                .containsExactly("Wiberg0001", "Wiberg0002");
        assertThat(patients.search(busy, PatientQuery.text("wibe"), 5000, 2))
                .extracting(PatientListItem::familyName)
                .containsExactly("Wiberg5001", "Wiberg5002");
        assertThat(patients.search(busy, PatientQuery.text("wi"), 4000, 1))
                .extracting(PatientListItem::familyName)
                .containsExactly("Wiberg4001");
    }

    @Test
    void a_patient_whose_given_and_family_name_both_start_with_the_letters_is_listed_once() {
        fixtures.patient(clinic, "Berit", "Berg", LocalDate.of(1990, 1, 1), null);

        assertThat(patients.search(clinic, PatientQuery.text("be"), 0, 10))
                .extracting(PatientListItem::fullName)
                .containsExactly("Anna Berg", "Berit Berg", "Bea Castillo");
    }

    @Test
    void one_or_two_letters_are_compared_after_folding_even_when_a_letter_folds_to_two() {
        fixtures.patient(clinic, "Ebba", "Æbelø", LocalDate.of(1990, 1, 1), null);
        fixtures.patient(clinic, "Ida", "Aebersold", LocalDate.of(1990, 1, 1), null);
        fixtures.patient(clinic, "Aeneas", "Nilsson", LocalDate.of(1990, 1, 1), null);

        assertThat(patients.search(clinic, PatientQuery.text("æ"), 0, 10))
                .extracting(PatientListItem::fullName)
                // where "Æ" sorts depends on the database's collation
                .containsExactlyInAnyOrder("Ida Aebersold", "Aeneas Nilsson", "Ebba Æbelø");
        assertThat(patients.search(clinic, PatientQuery.text("Æb"), 0, 10))
                .extracting(PatientListItem::fullName)
                .containsExactlyInAnyOrder("Ida Aebersold", "Ebba Æbelø");
        assertThat(patients.anyMatch(clinic, PatientQuery.text("Æb"))).isTrue();
        assertThat(patients.anyMatch(clinic, PatientQuery.text("Øx"))).isFalse();
    }

    @Test
    void one_or_two_letters_page_through_given_and_family_name_starts_without_gaps_or_repeats() {
        var busy = fixtures.clinic();
        // given names starting with "Li" spread over the alphabet, family names starting with "Li" in one block
        generated(
                busy,
                "case when i % 3 = 0 then 'Lina' else 'Maja' end",
                "chr(65 + i % 26) || 'son' || lpad(i::text, 4, '0')",
                300);
        generated(busy, "'Lisa'", "'Lind' || lpad(i::text, 4, '0')", 100);
        List<String> expected = MigratedDatabase.jdbc()
                .sql("""
                        select given_name || ' ' || family_name from patient
                        where clinic_id = ? and (given_name like 'Li%' or family_name like 'Li%')
                        order by family_name, given_name, id""")
                .param(busy.value())
                .query(String.class)
                .list();

        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < expected.size() + 30; offset += 30) {
            patients.search(busy, PatientQuery.text("li"), offset, 30).forEach(p -> paged.add(p.fullName()));
        }
        assertThat(expected).hasSize(200);
        assertThat(paged).isEqualTo(expected);
    }

    @Test
    void a_part_of_a_name_pages_through_given_and_family_name_matches_without_gaps_or_repeats() {
        var busy = fixtures.clinic();
        // more names before the matches than a search reads first; family names containing "ell" in one block late in
        // the alphabet, given names containing it spread over the alphabet, some patients matching twice, some archived
        generated(busy, "'Ida'", "'Ahl' || lpad(i::text, 4, '0')", 1100);
        generated(busy, "'Ida'", "'Wellander' || lpad(i::text, 4, '0')", 150);
        generated(
                busy,
                "case when i % 2 = 0 then 'Ellen' else 'Isabelle' end",
                "chr(65 + i % 26) || 'son' || lpad(i::text, 4, '0')",
                150);
        generated(busy, "'Gabriella'", "'Bellman' || lpad(i::text, 4, '0')", 20);
        MigratedDatabase.jdbc()
                .sql("update patient set archived = true where clinic_id = ? and family_name like '%7'")
                .param(busy.value())
                .update();

        assertThat(pagedBy30(busy, "ELL"))
                .isEqualTo(expectedMatches(busy, "ell"))
                .hasSize(288);
        assertThat(pagedBy30(busy, "wellä"))
                .isEqualTo(expectedMatches(busy, "wella"))
                .hasSize(135);
        assertThat(patients.anyMatch(busy, PatientQuery.text("bellm"))).isTrue();
        assertThat(patients.anyMatch(busy, PatientQuery.text("bellx"))).isFalse();
    }

    @Test
    void more_given_name_matches_than_the_repository_sorts_still_page_in_name_order() {
        var busy = fixtures.clinic();
        // the first names in name order match nothing, and more given names match than are collected and sorted
        generated(busy, "'Ida'", "'Aal' || lpad(i::text, 4, '0')", 1100);
        generated(busy, "'Gabriella'", "'B' || lpad(i::text, 4, '0')", 3100);

        assertThat(patients.search(busy, PatientQuery.text("briel"), 0, 2))
                .extracting(PatientListItem::familyName)
                .containsExactly("B0001", "B0002");
        assertThat(patients.search(busy, PatientQuery.text("briel"), 3000, 2))
                .extracting(PatientListItem::familyName)
                .containsExactly("B3001", "B3002");
    }

    @Test
    void given_name_matches_page_the_same_whether_they_are_sorted_or_walked_to() {
        var busy = fixtures.clinic();
        // exactly as many given-name matches as the repository sorts itself, spread over the alphabet, after more
        // names than a search reads first; one registration more and it walks the name order instead
        generated(busy, "'Ida'", "'Aal' || lpad(i::text, 4, '0')", 1100);
        generated(busy, "'Gabriella'", "chr(66 + i % 25) || lpad(i::text, 4, '0')", 3000);
        MigratedDatabase.jdbc()
                .sql("update patient set archived = true where clinic_id = ? and family_name like '%7'")
                .param(busy.value())
                .update();
        List<String> beforeTheSwitch = expectedMatches(busy, "briel");
        List<String> sorted = pagedBy(busy, "briel", 700);

        fixtures.patient(busy, "Gabriella", "Aam", LocalDate.of(1990, 1, 1), null);
        List<String> walked = pagedBy(busy, "briel", 700);

        assertThat(sorted).isEqualTo(beforeTheSwitch).hasSize(2700);
        assertThat(walked).isEqualTo(expectedMatches(busy, "briel")).hasSize(2701);
        assertThat(walked).startsWith("Gabriella Aam");
        assertThat(walked.subList(1, 2701)).isEqualTo(sorted);
    }

    @Test
    void each_known_name_counts_the_patients_who_carry_it_through_registrations_renames_and_moves() {
        var other = fixtures.clinic();
        var maja = fixtures.patient(clinic, "Maja", "Lind", LocalDate.of(1991, 2, 3), null);
        fixtures.patient(clinic, "Maja", "Berg", LocalDate.of(1992, 2, 3), null);
        var opened = patients.findById(maja).orElseThrow();
        var d = opened.details();
        assertThat(patients.update(new app.floorplan.core.patient.Patient(
                        maja,
                        clinic,
                        new app.floorplan.core.patient.PatientDetails(
                                "Moa",
                                "Lind",
                                d.dateOfBirth(),
                                d.phone(),
                                d.email(),
                                d.preferredLanguage(),
                                d.assignedPt(),
                                d.notes()),
                        false,
                        opened.version())))
                .isTrue();
        MigratedDatabase.jdbc()
                .sql("update patient set clinic_id = ? where id = ?")
                .params(other.value(), maja.value())
                .update();

        assertThat(knownGivenNames(clinic))
                .containsEntry("Maja", 1)
                .containsEntry("Moa", 0)
                .containsEntry("Anna", 1);
        assertThat(knownGivenNames(other)).containsOnly(entry("Moa", 1));
        assertThat(knownFamilyNames(clinic)).containsEntry("Lind", 0).containsEntry("Berg", 2);
        assertThat(knownFamilyNames(other)).containsOnly(entry("Lind", 1));
    }

    @ParameterizedTest(name = "searching \"{0}\" shows the open red flags of the intake and of the visits")
    @CsvSource({"'', 3", "an, 3", "anna, 3", "1992-11-01, 3"})
    void every_kind_of_search_shows_the_open_red_flags_of_the_intake_and_of_the_visits(String typed, int flags) {
        MigratedDatabase.jdbc()
                .sql("update patient set unresolved_red_flags = 1, unresolved_visit_red_flags = 2"
                        + " where clinic_id = ? and given_name = 'Anna'")
                .param(clinic.value())
                .update();

        assertThat(patients.search(clinic, PatientQuery.text(typed), 0, 10))
                .filteredOn(p -> p.givenName().equals("Anna"))
                .extracting(PatientListItem::unresolvedRedFlags)
                .containsExactly(flags);
    }

    @Test
    void a_part_of_a_name_with_a_space_pages_through_matches_within_and_across_the_names_without_gaps_or_repeats() {
        var busy = fixtures.clinic();
        // more names before the matches than a search reads first; "na ol" spans the names of Lina Olsson (family
        // names late in the alphabet), lies inside the given name Anna Olga and inside the family name Dina Olsen;
        // Ida Olsson and Lina Berg match one side only; some patients archived
        generated(busy, "'Ida'", "'Ahl' || lpad(i::text, 4, '0')", 1100);
        generated(busy, "'Lina'", "'Olsson' || lpad(i::text, 4, '0')", 120);
        generated(busy, "'Ida'", "'Olsson' || lpad(i::text, 4, '0')", 60);
        generated(busy, "'Lina'", "'Berg' || lpad(i::text, 4, '0')", 60);
        generated(busy, "'Anna Olga'", "chr(65 + i % 26) || 'son' || lpad(i::text, 4, '0')", 50);
        generated(busy, "'Ida'", "'Dina Olsen' || lpad(i::text, 4, '0')", 20);
        generated(busy, "'Li Na'", "'Olofsson' || lpad(i::text, 4, '0')", 40);
        MigratedDatabase.jdbc()
                .sql("update patient set archived = true where clinic_id = ? and family_name like '%7'")
                .param(busy.value())
                .update();

        assertThat(pagedBy30(busy, "NA ÖL"))
                .isEqualTo(expectedMatches(busy, "na ol"))
                .hasSize(207);
        assertThat(pagedBy30(busy, "li na ol"))
                .isEqualTo(expectedMatches(busy, "li na ol"))
                .hasSize(36);
        assertThat(patients.anyMatch(busy, PatientQuery.text("na olo"))).isTrue();
        assertThat(patients.anyMatch(busy, PatientQuery.text("da be"))).isFalse();
    }

    @Test
    void a_renamed_patient_is_found_by_her_new_name_and_no_longer_by_the_old_one() {
        var id = fixtures.patient(clinic, "Maja", "Lindqvist", LocalDate.of(1991, 2, 3), null);
        var opened = patients.findById(id).orElseThrow();
        var d = opened.details();
        var renamed = new app.floorplan.core.patient.PatientDetails(
                "Maja",
                "Sjöström",
                d.dateOfBirth(),
                d.phone(),
                d.email(),
                d.preferredLanguage(),
                d.assignedPt(),
                d.notes());
        assertThat(patients.update(
                        new app.floorplan.core.patient.Patient(id, clinic, renamed, false, opened.version())))
                .isTrue();

        assertThat(patients.search(clinic, PatientQuery.text("ostro"), 0, 10))
                .extracting(PatientListItem::fullName)
                .containsExactly("Maja Sjöström");
        assertThat(patients.search(clinic, PatientQuery.text("lindq"), 0, 10)).isEmpty();
        assertThat(patients.anyMatch(clinic, PatientQuery.text("lindq"))).isFalse();
    }

    /** What a search for a part of a name must list, straight from the table: not archived, in name order. */
    private static List<String> expectedMatches(ClinicId clinic, String folded) {
        return MigratedDatabase.jdbc()
                .sql("""
                        select given_name || ' ' || family_name from patient
                        where clinic_id = ? and not archived and search_name like '%' || ? || '%'
                        order by family_name, given_name, id""")
                .params(clinic.value(), folded)
                .query(String.class)
                .list();
    }

    private List<String> pagedBy30(ClinicId clinic, String typed) {
        List<String> paged = new ArrayList<>();
        List<PatientListItem> page;
        int offset = 0;
        do {
            page = patients.search(clinic, PatientQuery.text(typed), offset, 30);
            page.forEach(p -> paged.add(p.fullName()));
            offset += 30;
        } while (!page.isEmpty());
        return paged;
    }

    /** Every match, read in pages of {@code size}, as the grid scrolls through a long list. */
    private List<String> pagedBy(ClinicId clinic, String typed, int size) {
        List<String> paged = new ArrayList<>();
        List<PatientListItem> page;
        int offset = 0;
        do {
            page = patients.search(clinic, PatientQuery.text(typed), offset, size);
            page.forEach(p -> paged.add(p.fullName()));
            offset += size;
        } while (page.size() == size);
        return paged;
    }

    private static Map<String, Integer> knownGivenNames(ClinicId clinic) {
        return MigratedDatabase.jdbc()
                .sql("select given_name, patients from patient_given_name where clinic_id = ?")
                .param(clinic.value())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Map<String, Integer> knownFamilyNames(ClinicId clinic) {
        return MigratedDatabase.jdbc()
                .sql("select family_name, patients from patient_family_name where clinic_id = ?")
                .param(clinic.value())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** {@code count} patients of {@code clinic} whose names are SQL expressions of their number {@code i}. */
    private static void generated(ClinicId clinic, String givenName, String familyName, int count) {
        MigratedDatabase.jdbc()
                .sql("""
                        insert into patient (id, clinic_id, given_name, family_name, date_of_birth, preferred_language)
                        select gen_random_uuid(), ?, %s, %s, date '1990-01-01', 'English'
                        from generate_series(1, ?) as i""".formatted(givenName, familyName))
                .params(clinic.value(), count)
                .update();
    }
}
