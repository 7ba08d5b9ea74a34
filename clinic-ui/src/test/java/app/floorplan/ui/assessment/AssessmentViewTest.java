package app.floorplan.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.RedFlagAnswers;
import app.floorplan.core.assessment.AboveUmbilicusOffset;
import app.floorplan.core.assessment.AssessmentId;
import app.floorplan.core.assessment.AssessmentRecords;
import app.floorplan.core.assessment.AssessmentSections;
import app.floorplan.core.assessment.BelowUmbilicusOffset;
import app.floorplan.core.assessment.DiastasisSection;
import app.floorplan.core.assessment.InternalExam;
import app.floorplan.core.assessment.IrdCondition;
import app.floorplan.core.assessment.IrdMethod;
import app.floorplan.core.assessment.IrdReading;
import app.floorplan.core.assessment.IrdSite;
import app.floorplan.core.assessment.PainAtVisitSection;
import app.floorplan.core.assessment.PelvicFloorRelaxation;
import app.floorplan.core.assessment.PelvicFloorSection;
import app.floorplan.core.assessment.PelvicFloorTone;
import app.floorplan.core.assessment.Perfect;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.patient.PatientRegistry;
import app.floorplan.ui.testing.UiFixtures;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@FloorPlanAppTest
class AssessmentViewTest extends SpringBrowserlessTest {

    @Autowired
    PatientRegistry registry;

    @Autowired
    AssessmentRecords records;

    @Autowired
    Clock clock;

    @Test
    @WithUserDetails("therapist")
    void the_therapist_records_a_diastasis_assessment_and_sees_the_finding_with_its_reason() {
        PatientId patient = newPatient("Dana");
        openNewAssessmentOf(patient);

        assessed("section-diastasis");
        test($view(Select.class).id("ird-umbilicus-rest-method")).selectItem("Ultrasound");
        test($view(BigDecimalField.class).id("ird-umbilicus-rest")).setValue(new BigDecimal("28"));
        test($view(Button.class).id("save-assessment")).click();

        assertThat(getCurrentView()).isInstanceOf(RecordedAssessmentView.class);
        assertThat(text($view(UnorderedList.class).id("finding-list")))
                .contains("IRD 28 mm at the umbilicus at rest > 20 mm (Qu 2021: 90th percentile of women who had not"
                        + " given birth)");
        assertThat($view(Paragraph.class).id("assessment-signature").getText()).contains("Pia Therapist");
    }

    @Test
    @WithUserDetails("therapist")
    void a_skipped_section_is_recorded_and_shown_as_not_assessed() {
        PatientId patient = newPatient("Edda");
        openNewAssessmentOf(patient);

        assessed("section-breathing");
        test($view(RadioButtonGroup.class).id("breathing-pattern")).selectItem("Paradoxical");
        test($view(RadioButtonGroup.class).id("breathing-lateralRibExpansion")).selectItem("Reduced");
        test($view(RadioButtonGroup.class).id("breathing-posteriorRibExpansion"))
                .selectItem("Reduced");
        test($view(Button.class).id("save-assessment")).click();

        assertThat(getCurrentView()).isInstanceOf(RecordedAssessmentView.class);
        assertThat($view(Details.class).id("section-diastasis").getSummaryText())
                .isEqualTo("Diastasis recti · not assessed");
        assertThat($view(Paragraph.class).id("not-assessed").getText())
                .contains("Inter-rectus distance", "Pelvic floor internal exam")
                .doesNotContain("Breathing");
        assertThat(text($view(UnorderedList.class).id("finding-list"))).contains("Paradoxical breathing pattern");
    }

    @Test
    @WithUserDetails("therapist")
    void an_out_of_range_distance_is_refused_next_to_its_field_and_everything_typed_stays() {
        PatientId patient = newPatient("Fay");
        openNewAssessmentOf(patient);

        assessed("section-diastasis");
        test($view(Select.class).id("ird-umbilicus-rest-method")).selectItem("Caliper");
        test($view(BigDecimalField.class).id("ird-umbilicus-rest")).setValue(new BigDecimal("200"));
        test($view(BigDecimalField.class).id("ird-umbilicus-headLift")).setValue(new BigDecimal("31.5"));
        test($view(Button.class).id("save-assessment")).click();

        assertThat(getCurrentView()).isInstanceOf(AssessmentView.class);
        BigDecimalField refused = $view(BigDecimalField.class).id("ird-umbilicus-rest");
        assertThat(refused.isInvalid()).isTrue();
        assertThat(refused.getErrorMessage()).isEqualTo("The distance must be between 0 and 150 mm");
        assertThat(refused.getValue()).isEqualByComparingTo("200");
        assertThat($view(BigDecimalField.class).id("ird-umbilicus-headLift").getValue())
                .isEqualByComparingTo("31.5");
        assertThat($view(Select.class).id("ird-umbilicus-headLift-method").getValue())
                .as("the first method chosen serves the other readings")
                .isEqualTo(IrdMethod.CALIPER);
    }

    @Test
    @WithUserDetails("therapist")
    void oxford_0_with_a_hold_is_refused_at_the_hold_and_the_exam_needs_consent_first() {
        PatientId patient = newPatient("Gro");
        openNewAssessmentOf(patient);

        assessed("section-pelvic-floor");
        Select<?> oxford = $view(Select.class).id("pelvicFloor-oxford");
        assertThat(oxford.isEnabled()).as("no internal exam before consent").isFalse();
        test($view(Checkbox.class).id("pelvicFloor-internalExamConsent")).click();
        test($view(Checkbox.class).id("pelvicFloor-examined")).click();
        test(oxford).selectItem("0 · none");
        test($view(IntegerField.class).id("pelvicFloor-enduranceSeconds")).setValue(5);
        test($view(IntegerField.class).id("pelvicFloor-repetitions")).setValue(0);
        test($view(IntegerField.class).id("pelvicFloor-fastContractions")).setValue(0);
        test($view(Select.class).id("pelvicFloor-tone")).selectItem("High");
        test($view(Select.class).id("pelvicFloor-relaxation")).selectItem("Incomplete");
        test($view(Button.class).id("save-assessment")).click();

        IntegerField endurance = $view(IntegerField.class).id("pelvicFloor-enduranceSeconds");
        assertThat(endurance.isInvalid()).isTrue();
        assertThat(endurance.getErrorMessage())
                .isEqualTo("With Oxford 0 (no contraction) this must be 0 or not tested");
        assertThat(endurance.getValue()).isEqualTo(5);
        assertThat(oxford.getValue()).isEqualTo(0);
    }

    @Test
    @WithUserDetails("therapist")
    void the_aslr_total_and_its_reading_show_while_typing() {
        PatientId patient = newPatient("Hedda");
        openNewAssessmentOf(patient);

        assessed("section-deep-core");
        test($view(IntegerField.class).id("aslr-left")).setValue(2);
        test($view(IntegerField.class).id("aslr-right")).setValue(1);

        assertThat($view(Span.class).id("aslr-total").getText()).isEqualTo("ASLR total 3/10: positive (Mens 2001)");
    }

    @Test
    @WithUserDetails("therapist")
    void a_correction_needs_a_reason_and_keeps_the_replaced_version_listed() {
        PatientId patient = newPatient("Ines");
        AssessmentId id = records.record(
                        patient, LocalDate.now(), diastasisAndOxford("28", 2), RedFlagAnswers.noRedFlags())
                .current()
                .id();
        navigate(RecordedAssessmentView.class, Map.of("patientId", patient.toString(), "assessmentId", id.toString()));

        test($view(Button.class).id("correct-assessment")).click();
        test($view(BigDecimalField.class).id("ird-umbilicus-rest")).setValue(new BigDecimal("18"));
        test($view(Button.class).id("save-correction")).click();

        TextArea reason = $view(TextArea.class).id("revision-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat($view(BigDecimalField.class).id("ird-umbilicus-rest").getValue())
                .isEqualByComparingTo("18");

        test(reason).setValue("Read 28 instead of 18 off the ultrasound");
        test($view(Button.class).id("save-correction")).click();

        assertThat(text($view(NativeTable.class).id("assessment-versions")))
                .contains("Replaced by version 2", "Current", "Read 28 instead of 18 off the ultrasound");
        assertThat(text($view(UnorderedList.class).id("finding-list"))).doesNotContain("IRD");
    }

    @Test
    @WithUserDetails("therapist")
    void two_picked_assessments_compare_side_by_side_with_the_change_marked() {
        PatientId patient = newPatient("Jo");
        LocalDate today = LocalDate.now();
        records.record(patient, today.minusWeeks(6), diastasisAndOxford("28", 2), RedFlagAnswers.noRedFlags());
        records.record(patient, today, diastasisAndOxford("19", 3), RedFlagAnswers.noRedFlags());
        navigate(newAssessmentOf(patient), AssessmentView.class);
        UI.getCurrent().add(new AssessmentHistoryPanel(patient, records));

        Grid<?> grid = $(Grid.class).id("assessment-grid");
        assertThat(test(grid).size()).isEqualTo(2);
        test(grid).select(0);
        test(grid).select(1);
        test($(Button.class).id("compare-assessments")).click();

        assertThat(getCurrentView()).isInstanceOf(AssessmentComparisonView.class);
        assertThat(text($view(NativeTable.class).id("comparison-table")))
                .contains("28 mm", "19 mm", "\u22129 mm, improved")
                .contains("Possibly measurement error (smallest real change between raters by ultrasound: 6.4 to"
                        + " 19.7 mm over the sites of Keshwani 2016, whose value for each site could not be read;"
                        + " this was its least reliable site)")
                .contains("2 (weak)", "3 (moderate)", "+1, improved");
    }

    @Test
    @WithUserDetails("therapist")
    void a_re_assessment_compares_pain_too_ird_28_to_19_oxford_2_to_3_nrs_7_to_4() {
        PatientId patient = newPatient("Lena");
        LocalDate today = LocalDate.now();
        records.record(
                patient, today.minusWeeks(6), diastasisOxfordAndPain("28", 2, 5, 7), RedFlagAnswers.noRedFlags());
        records.record(patient, today, diastasisOxfordAndPain("19", 3, 4, 4), RedFlagAnswers.noRedFlags());
        navigate(newAssessmentOf(patient), AssessmentView.class);
        UI.getCurrent().add(new AssessmentHistoryPanel(patient, records));

        Grid<?> grid = $(Grid.class).id("assessment-grid");
        assertThat(test(grid).getCellText(0, 2)).endsWith("NRS 4/10 now, 4/10 worst");
        assertThat(test(grid).getCellText(1, 2)).endsWith("NRS 5/10 now, 7/10 worst");
        test(grid).select(0);
        test(grid).select(1);
        test($(Button.class).id("compare-assessments")).click();

        assertThat(getCurrentView()).isInstanceOf(AssessmentComparisonView.class);
        assertThat(text($view(NativeTable.class).id("comparison-table")))
                .contains("28 mm", "19 mm", "2 (weak)", "3 (moderate)")
                .contains("Worst pain in the last week (NRS)7/104/10\u22123, improved"
                        + "At least the minimal important change (2 points, Farrar 2001, Childs 2005)")
                .contains("Pain now (NRS)5/104/10\u22121, improved"
                        + "Below the minimal important change (2 points, Farrar 2001, Childs 2005)")
                .doesNotContain("measurement error (2 points");
    }

    @Test
    @WithUserDetails("therapist")
    void pain_at_the_visit_is_refused_next_to_its_field_until_valid_then_shown_with_its_finding() {
        PatientId patient = newPatient("Mia");
        openNewAssessmentOf(patient);

        assessed("section-pain-at-visit");
        IntegerField now = $view(IntegerField.class).id("painAtVisit-nrsNow");
        IntegerField worst = $view(IntegerField.class).id("painAtVisit-nrsWorstLastWeek");
        test(now).setValue(11);
        test(worst).setValue(4);
        test($view(Button.class).id("save-assessment")).click();

        assertThat(getCurrentView()).isInstanceOf(AssessmentView.class);
        assertThat(now.isInvalid()).isTrue();
        assertThat(now.getErrorMessage()).isEqualTo("Pain must be rated from 0 to 10");
        assertThat(worst.isInvalid()).isFalse();

        test(now).setValue(6);
        test($view(Button.class).id("save-assessment")).click();

        assertThat(worst.isInvalid()).isTrue();
        assertThat(worst.getErrorMessage())
                .isEqualTo("The worst pain in the last week cannot be lower than the pain now, which is part of that"
                        + " week");
        assertThat(worst.getValue()).isEqualTo(4);

        test(worst).setValue(8);
        test($view(Button.class).id("save-assessment")).click();

        assertThat(getCurrentView()).isInstanceOf(RecordedAssessmentView.class);
        assertThat(text($view(UnorderedList.class).id("finding-list")))
                .contains("Worst pain in the last week 8/10 >= 7 on the NRS (now 6/10), rated at the visit");
        assertThat($view(Details.class).id("section-pain-at-visit").getSummaryText())
                .isEqualTo("Pain at this visit");
        assertThat($view(IntegerField.class).id("painAtVisit-nrsNow").getValue())
                .isEqualTo(6);
        assertThat($view(IntegerField.class).id("painAtVisit-nrsWorstLastWeek").getValue())
                .isEqualTo(8);
    }

    @Test
    @WithUserDetails("therapist")
    void a_change_by_another_method_is_not_comparable_and_a_small_one_is_within_measurement_error() {
        PatientId patient = newPatient("Kim");
        LocalDate today = LocalDate.now();
        AssessmentId earlier = records.record(
                        patient, today.minusWeeks(6), diastasisAndOxford("28", 2), RedFlagAnswers.noRedFlags())
                .current()
                .id();
        AssessmentId later = records.record(
                        patient,
                        today,
                        AssessmentSections.builder()
                                .diastasis(new DiastasisSection(
                                        AboveUmbilicusOffset.THREE_CM,
                                        BelowUmbilicusOffset.TWO_CM,
                                        List.of(
                                                reading(IrdSite.UMBILICUS, IrdMethod.PALPATION, "2"),
                                                reading(IrdSite.ABOVE_UMBILICUS, IrdMethod.ULTRASOUND, "15")),
                                        Optional.empty(),
                                        Optional.empty()))
                                .build(),
                        RedFlagAnswers.noRedFlags())
                .current()
                .id();
        records.correct(
                patient,
                earlier,
                1,
                today.minusWeeks(6),
                AssessmentSections.builder()
                        .diastasis(new DiastasisSection(
                                AboveUmbilicusOffset.THREE_CM,
                                BelowUmbilicusOffset.TWO_CM,
                                List.of(
                                        reading(IrdSite.UMBILICUS, IrdMethod.ULTRASOUND, "28"),
                                        reading(IrdSite.ABOVE_UMBILICUS, IrdMethod.ULTRASOUND, "17")),
                                Optional.empty(),
                                Optional.empty()))
                        .build(),
                "Above the umbilicus was measured too");

        UI.getCurrent()
                .navigate(
                        AssessmentComparisonView.class,
                        new RouteParameters("patientId", patient.toString()),
                        AssessmentComparisonView.query(earlier, later));

        assertThat(getCurrentView()).isInstanceOf(AssessmentComparisonView.class);

        assertThat(text($view(NativeTable.class).id("comparison-table")))
                .contains("different methods are not subtracted")
                .contains("Within measurement error");
    }

    @Test
    @WithUserDetails("therapist")
    void the_below_umbilicus_distance_is_chosen_names_each_row_and_is_judged_honestly() {
        PatientId patient = newPatient("Nora");
        openNewAssessmentOf(patient);

        assessed("section-diastasis");
        BigDecimalField below = $view(BigDecimalField.class).id("ird-belowUmbilicus-rest");
        assertThat(below.getLabel()).isEqualTo("2 cm below umbilicus · rest");
        test($view(RadioButtonGroup.class).id("diastasis-belowUmbilicusOffset")).selectItem("3 cm");
        assertThat(below.getLabel()).isEqualTo("3 cm below umbilicus · rest");
        test($view(RadioButtonGroup.class).id("diastasis-aboveUmbilicusOffset")).selectItem("4.5 cm");
        assertThat($view(BigDecimalField.class)
                        .id("ird-aboveUmbilicus-headLift")
                        .getLabel())
                .isEqualTo("4.5 cm above umbilicus · head lift");
        test($view(Select.class).id("ird-belowUmbilicus-rest-method")).selectItem("Ultrasound");
        test(below).setValue(new BigDecimal("18"));
        test($view(BigDecimalField.class).id("ird-umbilicus-headLift")).setValue(new BigDecimal("30"));
        test($view(Button.class).id("save-assessment")).click();

        assertThat(getCurrentView()).isInstanceOf(RecordedAssessmentView.class);
        assertThat(text($view(UnorderedList.class).id("finding-list")))
                .contains("IRD 18 mm 3 cm below the umbilicus at rest not judged: the value Qu 2021 prints for 3 cm"
                        + " below the umbilicus (> 2 mm) could not be confirmed")
                .contains("IRD 30 mm at the umbilicus during a head lift not judged: Qu 2021 gives limits at rest"
                        + " only");
        assertThat($view(RadioButtonGroup.class)
                        .id("diastasis-belowUmbilicusOffset")
                        .getValue())
                .isEqualTo(BelowUmbilicusOffset.THREE_CM);
        assertThat($view(BigDecimalField.class).id("ird-belowUmbilicus-rest").getLabel())
                .isEqualTo("3 cm below umbilicus · rest");
    }

    @Test
    @WithUserDetails("therapist")
    void exam_items_left_not_tested_are_saved_and_shown_as_not_tested_never_as_zero_or_no() {
        PatientId patient = newPatient("Olga");
        openNewAssessmentOf(patient);

        assessed("section-pelvic-floor");
        test($view(Checkbox.class).id("pelvicFloor-internalExamConsent")).click();
        test($view(Checkbox.class).id("pelvicFloor-examined")).click();
        assertThat($view(RadioButtonGroup.class).id("pelvicFloor-elevation").getValue())
                .as("a yes/no item starts not tested, not 'no'")
                .hasToString("NOT_TESTED");
        for (String extension : List.of("pelvicFloor-elevation", "pelvicFloor-coContraction", "pelvicFloor-timing")) {
            assertThat($view(RadioButtonGroup.class).id(extension).getHelperText())
                    .as("Laycock 2001's ECT is 'every contraction timed': %s is labelled an extension", extension)
                    .isEqualTo("A later clinical extension of PERFECT (in Laycock 2001, ECT means 'every"
                            + " contraction timed')");
        }
        test($view(Select.class).id("pelvicFloor-tone")).selectItem("High");
        test($view(IntegerField.class).id("pelvicFloor-repetitions")).setValue(4);
        test($view(RadioButtonGroup.class).id("pelvicFloor-timing")).selectItem("No");
        test($view(Button.class).id("save-assessment")).click();

        assertThat(getCurrentView()).isInstanceOf(RecordedAssessmentView.class);
        assertThat(text($view(UnorderedList.class).id("finding-list")))
                .contains("High-tone pelvic floor")
                .doesNotContain("Weak pelvic floor")
                .doesNotContain("tires");
        assertThat($view(Paragraph.class).id("not-tested").getText())
                .isEqualTo("Internal exam, not tested (no finding there means unknown, not normal): Oxford grade"
                        + " (power), Endurance, Fast contractions, Elevation, Co-contraction, Relaxation after"
                        + " contraction");
        assertThat($view(Select.class).id("pelvicFloor-oxford").getValue()).isNull();
        IntegerField endurance = $view(IntegerField.class).id("pelvicFloor-enduranceSeconds");
        assertThat(endurance.getValue()).isNull();
        assertThat(endurance.getPlaceholder()).isEqualTo("Not tested");
        assertThat($view(IntegerField.class).id("pelvicFloor-repetitions").getValue())
                .isEqualTo(4);
        assertThat($view(RadioButtonGroup.class).id("pelvicFloor-timing").getValue())
                .hasToString("NO");
        assertThat($view(RadioButtonGroup.class).id("pelvicFloor-elevation").getValue())
                .hasToString("NOT_TESTED");
    }

    @Test
    @WithUserDetails("therapist")
    void an_internal_exam_with_nothing_tested_is_refused_and_keeps_the_consent() {
        PatientId patient = newPatient("Pia");
        navigate(newAssessmentOf(patient), AssessmentView.class);

        assessed("section-pelvic-floor");
        test($view(Checkbox.class).id("pelvicFloor-internalExamConsent")).click();
        test($view(Checkbox.class).id("pelvicFloor-examined")).click();
        test($view(Button.class).id("save-assessment")).click();

        assertThat(getCurrentView()).isInstanceOf(AssessmentView.class);
        Select<?> oxford = $view(Select.class).id("pelvicFloor-oxford");
        assertThat(oxford.isInvalid()).isTrue();
        assertThat(oxford.getErrorMessage())
                .isEqualTo("Record at least one exam value, or untick 'Internal exam done'");
        assertThat($view(Checkbox.class).id("pelvicFloor-internalExamConsent").getValue())
                .isTrue();
    }

    @Test
    @WithUserDetails("therapist")
    void an_aslr_worse_with_pelvic_compression_is_recorded_and_named_in_the_finding() {
        PatientId patient = newPatient("Quinn");
        openNewAssessmentOf(patient);

        assessed("section-deep-core");
        test($view(RadioButtonGroup.class).id("deepCore-tva")).selectItem("Good");
        test($view(IntegerField.class).id("aslr-left")).setValue(1);
        test($view(IntegerField.class).id("aslr-right")).setValue(2);
        Select<?> compression = $view(Select.class).id("aslr-pelvicCompression");
        assertThat(compression.getHelperText())
                .isEqualTo("Recorded as observed: a recording convention, not part of the Mens 2001 score");
        test(compression).selectItem("Worse with pelvic compression");
        test($view(Button.class).id("save-assessment")).click();

        assertThat(getCurrentView()).isInstanceOf(RecordedAssessmentView.class);
        assertThat(text($view(UnorderedList.class).id("finding-list")))
                .contains("ASLR total 3/10 (left 1, right 2) >= 1 (Mens 2001); worse with pelvic compression"
                        + " (as observed, not part of the Mens score)");
    }

    @Test
    @WithUserDetails("therapist")
    void caliper_changes_say_no_published_error_band_and_the_earlier_visit_stays_left_whatever_the_order() {
        PatientId patient = newPatient("Ruth");
        LocalDate today = LocalDate.now();
        AssessmentId earlier = records.record(
                        patient, today.minusWeeks(6), caliperAtUmbilicus("30"), RedFlagAnswers.noRedFlags())
                .current()
                .id();
        AssessmentId later = records.record(patient, today, caliperAtUmbilicus("21"), RedFlagAnswers.noRedFlags())
                .current()
                .id();
        navigate(newAssessmentOf(patient), AssessmentView.class);

        UI.getCurrent()
                .navigate(
                        AssessmentComparisonView.class,
                        new RouteParameters("patientId", patient.toString()),
                        AssessmentComparisonView.query(later, earlier));

        NativeTable table = $view(NativeTable.class).id("comparison-table");
        assertThat(text(table))
                .startsWith("Measure" + AssessmentText.date(today.minusWeeks(6)) + AssessmentText.date(today))
                .contains("30 mm", "21 mm", "\u22129 mm, improved", "No published error band for caliper readings")
                .doesNotContain("Within measurement error")
                .doesNotContain("Beyond measurement error");
    }

    @Test
    @WithUserDetails("therapist")
    void two_assessments_on_the_same_day_show_their_times_earlier_first() {
        PatientId patient = newPatient("Sara");
        LocalDate today = LocalDate.now();
        AssessmentId morning = records.record(patient, today, caliperAtUmbilicus("30"), RedFlagAnswers.noRedFlags())
                .current()
                .id();
        AssessmentId afternoon = records.record(patient, today, caliperAtUmbilicus("28"), RedFlagAnswers.noRedFlags())
                .current()
                .id();
        var comparison = records.compare(patient, afternoon, morning);
        var zone = clock.getZone();
        navigate(newAssessmentOf(patient), AssessmentView.class);

        UI.getCurrent()
                .navigate(
                        AssessmentComparisonView.class,
                        new RouteParameters("patientId", patient.toString()),
                        AssessmentComparisonView.query(afternoon, morning));

        assertThat(comparison.earlier().assessment().id()).isEqualTo(morning);
        assertThat(text($view(NativeTable.class).id("comparison-table")))
                .startsWith("Measure" + AssessmentText.visit(comparison.earlier(), true, zone)
                        + AssessmentText.visit(comparison.later(), true, zone));
        assertThat($view(Paragraph.class).id("comparison-explanation").getText())
                .startsWith(AssessmentText.visit(comparison.earlier(), true, zone) + " compared with ");
    }

    @Test
    @WithUserDetails("anna")
    void a_patient_login_cannot_open_the_assessment_routes() {
        PatientId anyPatient = PatientId.random();
        String base = "patients/" + anyPatient + "/assessments/";

        catchThrowable(() -> navigate(base + "new", AssessmentView.class));
        assertThat(getCurrentView()).isNotInstanceOf(AssessmentView.class);
        catchThrowable(() -> navigate(base + AssessmentId.random(), RecordedAssessmentView.class));
        assertThat(getCurrentView()).isNotInstanceOf(RecordedAssessmentView.class);
        catchThrowable(() -> navigate(base + "compare", AssessmentComparisonView.class));
        assertThat(getCurrentView()).isNotInstanceOf(AssessmentComparisonView.class);
        assertThat($(NativeTable.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("therapist")
    void the_red_flag_screen_is_asked_again_and_an_unanswered_question_is_refused_next_to_it_with_the_rest_kept() {
        PatientId patient = newPatient("Nora");
        navigate(newAssessmentOf(patient), AssessmentView.class);
        answerRedFlags(Set.of(RedFlag.HEAVY_OR_RETURNING_BLEEDING));
        test($view(RadioButtonGroup.class).id("red-flag-" + RedFlag.PRE_ECLAMPSIA_SIGNS.name()))
                .deselectItem();
        assessed("section-diastasis");
        test($view(Select.class).id("ird-umbilicus-rest-method")).selectItem("Ultrasound");
        test($view(BigDecimalField.class).id("ird-umbilicus-rest")).setValue(new BigDecimal("28"));
        assertThat($view(Div.class).id("red-flag-answered-yes").getElement().getTextRecursively())
                .contains("Postpartum haemorrhage");

        test($view(Button.class).id("save-assessment")).click();

        RadioButtonGroup<?> unanswered =
                $view(RadioButtonGroup.class).id("red-flag-" + RedFlag.PRE_ECLAMPSIA_SIGNS.name());
        assertThat(getCurrentView()).isInstanceOf(AssessmentView.class);
        assertThat(unanswered.getErrorMessage()).isEqualTo("Answer yes or no");
        assertThat($view(BigDecimalField.class).id("ird-umbilicus-rest").getValue())
                .isEqualByComparingTo("28");

        test(unanswered).selectItem("No");
        test($view(Button.class).id("save-assessment")).click();

        assertThat(getCurrentView()).isInstanceOf(RecordedAssessmentView.class);
        assertThat($view(Paragraph.class).id("assessment-stored-red-flags").getText())
                .contains(RedFlag.HEAVY_OR_RETURNING_BLEEDING.label());
        assertThat(records.listFor(patient)).hasSize(1);
    }

    private void openNewAssessmentOf(PatientId patient) {
        navigate(newAssessmentOf(patient), AssessmentView.class);
        answerRedFlags(Set.of());
    }

    private void answerRedFlags(Set<RedFlag> yes) {
        for (RedFlag flag : RedFlag.asked()) {
            test($view(RadioButtonGroup.class).id("red-flag-" + flag.name()))
                    .selectItem(yes.contains(flag) ? "Yes" : "No");
        }
    }

    private PatientId newPatient(String given) {
        return registry.register(
                UiFixtures.patient(given, "Assessed", LocalDate.of(1991, 4, 12), LocalDate.now()), true);
    }

    private static String newAssessmentOf(PatientId patient) {
        return "patients/" + patient + "/assessments/new";
    }

    private void assessed(String section) {
        Details details = $view(Details.class).id(section);
        if (!details.isOpened()) {
            test(details).openDetails();
        }
        test($view(RadioButtonGroup.class).id(section + "-assessed")).selectItem("Assessed");
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }

    private static IrdReading reading(IrdSite site, IrdMethod method, String amount) {
        return IrdReading.of(site, IrdCondition.REST, method, new BigDecimal(amount));
    }

    private static AssessmentSections caliperAtUmbilicus(String millimetres) {
        return AssessmentSections.builder()
                .diastasis(new DiastasisSection(
                        AboveUmbilicusOffset.THREE_CM,
                        BelowUmbilicusOffset.TWO_CM,
                        List.of(reading(IrdSite.UMBILICUS, IrdMethod.CALIPER, millimetres)),
                        Optional.empty(),
                        Optional.empty()))
                .build();
    }

    private static AssessmentSections diastasisAndOxford(String millimetresAtUmbilicus, int oxford) {
        return diastasisAndOxfordBuilder(millimetresAtUmbilicus, oxford).build();
    }

    private static AssessmentSections diastasisOxfordAndPain(
            String millimetresAtUmbilicus, int oxford, int nrsNow, int nrsWorstLastWeek) {
        return diastasisAndOxfordBuilder(millimetresAtUmbilicus, oxford)
                .painAtVisit(PainAtVisitSection.of(nrsNow, nrsWorstLastWeek))
                .build();
    }

    private static AssessmentSections.Builder diastasisAndOxfordBuilder(String millimetresAtUmbilicus, int oxford) {
        return AssessmentSections.builder()
                .diastasis(new DiastasisSection(
                        AboveUmbilicusOffset.THREE_CM,
                        BelowUmbilicusOffset.TWO_CM,
                        List.of(reading(IrdSite.UMBILICUS, IrdMethod.ULTRASOUND, millimetresAtUmbilicus)),
                        Optional.empty(),
                        Optional.empty()))
                .pelvicFloor(new PelvicFloorSection(
                        true,
                        Optional.of(InternalExam.of(
                                Perfect.of(oxford, 6, 5, 8, true, true, false),
                                PelvicFloorTone.NORMAL,
                                PelvicFloorRelaxation.COMPLETE)),
                        Set.of()));
    }
}
