package app.floorplan.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.RedFlagOutcome;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RecordMeasuresTest {

    private final ExportWorld world = new ExportWorld();

    @Test
    void pain_ratings_carry_the_loinc_nrs_code_wherever_they_were_recorded() {
        PatientId chloe = world.patientWithFullRecord();

        var pain = world.record(chloe).measures().stream()
                .filter(measure -> measure.code().code().equals("72514-3"))
                .toList();

        assertThat(pain)
                .allSatisfy(measure -> assertThat(measure.code().system()).isEqualTo("http://loinc.org"));
        assertThat(pain)
                .extracting(ExportedMeasure::source)
                .containsExactly(
                        ExportedMeasure.MeasureSource.INTAKE,
                        ExportedMeasure.MeasureSource.ASSESSMENT,
                        ExportedMeasure.MeasureSource.PRACTICE_LOG,
                        ExportedMeasure.MeasureSource.PRACTICE_LOG,
                        ExportedMeasure.MeasureSource.PRACTICE_LOG);
    }

    @Test
    void the_assessment_exports_every_measure_with_its_unit_and_method() {
        PatientId chloe = world.patientWithFullRecord();

        Map<String, ExportedMeasure> byCode = world.record(chloe).measures().stream()
                .filter(measure -> measure.source() == ExportedMeasure.MeasureSource.ASSESSMENT)
                .filter(measure -> measure.code().local())
                .collect(Collectors.toMap(measure -> measure.code().code(), Function.identity()));

        assertThat(byCode.get("ird-umbilicus-rest").value())
                .isEqualTo(new MeasuredValue.Amount(new BigDecimal("28"), "mm", "mm"));
        assertThat(byCode.get("ird-umbilicus-rest").method()).contains("Ultrasound");
        assertThat(byCode.get("ird-above-umbilicus-rest").value().text()).isEqualTo("2.5 finger widths");
        assertThat(byCode.get("modified-oxford-grade").value()).isEqualTo(new MeasuredValue.Score(3, 5));
        assertThat(byCode.get("perfect-co-contraction").value()).isEqualTo(new MeasuredValue.YesNo(false));
        assertThat(byCode.get("pelvic-floor-tone").value().text()).isEqualTo("High");
        assertThat(byCode.get("aslr-total").value()).isEqualTo(new MeasuredValue.Score(3, 10));
        assertThat(byCode).containsKeys("nrs-worst-last-week", "perfect-endurance", "ird-umbilicus-head-lift");
    }

    @Test
    void the_intake_gives_pregnancies_and_births_in_loinc_and_the_history_as_conditions() {
        PatientId chloe = world.patientWithFullRecord();
        var record = world.record(chloe);

        assertThat(record.measures())
                .filteredOn(measure -> measure.code().code().equals("11996-6"))
                .singleElement()
                .extracting(ExportedMeasure::value)
                .isEqualTo(new MeasuredValue.Score(2, 0));
        assertThat(record.conditions())
                .extracting(ExportedCondition::text)
                .containsExactly(
                        "Back pain before this pregnancy",
                        "Pelvic girdle pain in pregnancy",
                        "Earlier surgery: Appendectomy 2015");
    }

    @Test
    void the_red_flag_screen_exports_every_answer_and_the_pts_clearance_with_the_flag_it_cleared() {
        PatientId chloe = world.patientWithFullRecord();

        var screen = world.record(chloe).measures().stream()
                .filter(measure -> measure.code().code().startsWith("red-flag-"))
                .toList();

        assertThat(screen).hasSize(RedFlag.asked().size()).allSatisfy(measure -> {
            assertThat(measure.source()).isEqualTo(ExportedMeasure.MeasureSource.INTAKE);
            assertThat(measure.code().display()).startsWith("Red-flag screen: ");
        });
        var nightPain = FloorPlanCode.redFlag(RedFlag.SEVERE_NIGHT_PAIN).code();
        assertThat(screen)
                .filteredOn(measure -> measure.code().code().equals(nightPain))
                .singleElement()
                .satisfies(measure -> {
                    assertThat(measure.value()).isEqualTo(new MeasuredValue.YesNo(true));
                    assertThat(measure.notes())
                            .containsExactly(
                                    RedFlagOutcome.CLEARED.label() + " on 2026-11-02: " + ExportWorld.RED_FLAG_NOTE);
                });
        assertThat(screen)
                .filteredOn(measure -> !measure.code().code().equals(nightPain))
                .allSatisfy(measure -> {
                    assertThat(measure.value()).isEqualTo(new MeasuredValue.YesNo(false));
                    assertThat(measure.notes()).isEmpty();
                });
    }

    @Test
    void the_practice_log_exports_her_session_pain_effort_and_symptoms_in_her_words() {
        PatientId chloe = world.patientWithFullRecord();

        var logged = world.record(chloe).measures().stream()
                .filter(measure -> measure.source() == ExportedMeasure.MeasureSource.PRACTICE_LOG)
                .filter(measure -> measure.date().getDayOfMonth() == 18)
                .collect(Collectors.toMap(measure -> measure.code().code(), ExportedMeasure::value));

        assertThat(logged.get("practice-session").text()).isEqualTo("Done");
        assertThat(logged.get("72514-3")).isEqualTo(new MeasuredValue.Score(2, 10));
        assertThat(logged.get("practice-effort")).isEqualTo(new MeasuredValue.Score(3, 10));
        assertThat(logged.get("symptom-other")).isEqualTo(new MeasuredValue.Words("Tired after a short night"));
    }

    @Test
    void every_key_is_unique_so_each_value_has_one_stable_resource_id() {
        PatientId chloe = world.patientWithFullRecord();
        var record = world.record(chloe);

        assertThat(record.measures()).extracting(ExportedMeasure::key).doesNotHaveDuplicates();
        assertThat(record.conditions()).extracting(ExportedCondition::key).doesNotHaveDuplicates();
    }
}
