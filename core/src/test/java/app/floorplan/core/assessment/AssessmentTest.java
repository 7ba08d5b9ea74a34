package app.floorplan.core.assessment;

import static app.floorplan.core.assessment.AssessmentFixtures.PATIENT;
import static app.floorplan.core.assessment.AssessmentFixtures.PT;
import static app.floorplan.core.assessment.AssessmentFixtures.RECORDED_AT;
import static app.floorplan.core.assessment.AssessmentFixtures.TODAY;
import static app.floorplan.core.assessment.AssessmentFixtures.normalBreathing;
import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.intake.RedFlagScreen;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AssessmentTest {

    private static final AccountId OTHER_PT = AccountId.random();
    private static final Instant LATER = RECORDED_AT.plusSeconds(3600);
    private static final AssessmentSections BREATHING_ONLY =
            AssessmentSections.builder().breathing(normalBreathing()).build();
    private static final AssessmentSections WITH_SCAR = AssessmentSections.builder()
            .caesareanScar(new CaesareanScarSection(true, ScarMobility.RESTRICTED, ScarSensitivity.NUMB))
            .build();

    private static Assessment record(LocalDate date, AssessmentSections sections, boolean hadCaesarean) {
        return Assessment.record(
                AssessmentId.random(),
                PATIENT,
                PT,
                date,
                sections,
                RedFlagScreen.allNegative(),
                hadCaesarean,
                TODAY,
                RECORDED_AT);
    }

    @Test
    void a_new_assessment_is_version_1_signed_by_the_assessing_pt() {
        var assessment = record(TODAY, BREATHING_ONLY, false);

        assertThat(assessment.therapist()).isEqualTo(PT);
        assertThat(assessment.date()).isEqualTo(TODAY);
        assertThat(assessment.revision().number()).isEqualTo(1);
        assertThat(assessment.revision().author()).isEqualTo(PT);
        assertThat(assessment.revision().recordedAt()).isEqualTo(RECORDED_AT);
    }

    @Test
    void an_assessment_dated_today_is_accepted_and_tomorrow_is_refused() {
        assertThat(record(TODAY, BREATHING_ONLY, false).date()).isEqualTo(TODAY);
        assertThat(refusedFields(() -> record(TODAY.plusDays(1), BREATHING_ONLY, false)))
                .containsExactly("assessment.date");
    }

    @Test
    void an_assessment_with_nothing_assessed_is_refused() {
        assertThat(refusedFields(
                        () -> record(TODAY, AssessmentSections.builder().build(), false)))
                .containsExactly("assessment.sections");
    }

    @Test
    void a_caesarean_scar_is_refused_when_the_obstetric_history_has_no_caesarean() {
        assertThat(refusedFields(() -> record(TODAY, WITH_SCAR, false))).containsExactly("caesareanScar");
    }

    @Test
    void a_caesarean_scar_is_recorded_when_the_obstetric_history_has_a_caesarean() {
        var assessment = record(TODAY, WITH_SCAR, true);

        assertThat(assessment.sections().caesareanScar().values())
                .hasValueSatisfying(scar -> assertThat(scar.mobility()).isEqualTo(ScarMobility.RESTRICTED));
    }

    @Test
    void every_problem_of_an_assessment_is_reported_at_once() {
        assertThat(refusedFields(() -> record(TODAY.plusDays(3), WITH_SCAR, false)))
                .containsExactlyInAnyOrder("assessment.date", "caesareanScar");
    }

    @Test
    void a_correction_is_a_new_version_and_the_old_one_is_kept_marked_replaced() {
        var original = record(TODAY.minusDays(2), BREATHING_ONLY, true);

        var correction = original.correct(
                TODAY.minusDays(1), WITH_SCAR, true, TODAY, OTHER_PT, LATER, "Visit was on the 19th; scar forgotten");

        assertThat(correction.current().date()).isEqualTo(TODAY.minusDays(1));
        assertThat(correction.current().sections()).isEqualTo(WITH_SCAR);
        assertThat(correction.current().revision().number()).isEqualTo(2);
        assertThat(correction.current().revision().author()).isEqualTo(OTHER_PT);
        assertThat(correction.current().therapist()).as("who assessed").isEqualTo(PT);
        assertThat(correction.current().id()).isEqualTo(original.id());
        assertThat(correction.replaced().date()).isEqualTo(TODAY.minusDays(2));
        assertThat(correction.replaced().sections()).isEqualTo(BREATHING_ONLY);
        assertThat(correction.replaced().revision().replaced()).isTrue();
    }

    @Test
    void a_correction_checks_the_reason_and_the_entry_rules_at_once() {
        var original = record(TODAY, BREATHING_ONLY, false);

        assertThat(refusedFields(() -> original.correct(
                        TODAY.plusDays(1), AssessmentSections.builder().build(), false, TODAY, PT, LATER, "")))
                .containsExactlyInAnyOrder("revision.reason", "assessment.date", "assessment.sections");
    }

    @Test
    void a_replaced_version_cannot_be_corrected() {
        var replaced = record(TODAY, BREATHING_ONLY, false)
                .correct(TODAY, BREATHING_ONLY, false, TODAY, PT, LATER, "typo")
                .replaced();

        assertThat(refusedFields(() -> replaced.correct(TODAY, BREATHING_ONLY, false, TODAY, PT, LATER, "again")))
                .containsExactly("revision");
    }
}
