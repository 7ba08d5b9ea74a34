package app.floorplan.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.RedFlagAnswers;
import app.floorplan.core.assessment.AboveUmbilicusOffset;
import app.floorplan.core.assessment.AssessmentId;
import app.floorplan.core.assessment.AssessmentRecords;
import app.floorplan.core.assessment.AssessmentSections;
import app.floorplan.core.assessment.AssessmentSettings;
import app.floorplan.core.assessment.BelowUmbilicusOffset;
import app.floorplan.core.assessment.DiastasisSection;
import app.floorplan.core.assessment.DiastasisThresholds;
import app.floorplan.core.assessment.IrdCondition;
import app.floorplan.core.assessment.IrdMethod;
import app.floorplan.core.assessment.IrdReading;
import app.floorplan.core.assessment.IrdSite;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.patient.PatientRegistry;
import app.floorplan.ui.testing.UiFixtures;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@FloorPlanAppTest
class ClinicSettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    AssessmentSettings settings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AssessmentRecords records;

    @Autowired
    PatientRegistry registry;

    @Test
    @WithUserDetails("admin")
    void the_admin_switches_the_clinic_to_beer_2009_and_the_change_is_stored_and_audited() {
        navigate(ClinicSettingsView.class);
        try {
            RadioButtonGroup<DiastasisThresholds> choice =
                    $view(RadioButtonGroup.class).id("diastasis-thresholds");
            assertThat(choice.getValue()).isEqualTo(DiastasisThresholds.QU_2021);
            assertThat(choice.getListDataView().getItems())
                    .containsExactly(DiastasisThresholds.QU_2021, DiastasisThresholds.BEER_2009);
            long changesBefore = changesAudited();

            test(choice).selectItem(DiastasisThresholds.BEER_2009.description());
            test($view(Button.class).id("save-clinic-settings")).click();

            assertThat($view(Div.class).id("clinic-settings-outcome").getText())
                    .isEqualTo("Saved: findings in this clinic are now judged by Beer 2009.");
            assertThat(settings.diastasisThresholds()).isEqualTo(DiastasisThresholds.BEER_2009);
            assertThat(changesAudited()).isEqualTo(changesBefore + 1);
        } finally {
            settings.chooseDiastasisThresholds(settings.diastasisThresholds(), DiastasisThresholds.DEFAULT);
        }
    }

    @Test
    @WithUserDetails("admin")
    void a_choice_on_a_screen_someone_else_changed_meanwhile_saves_nothing_and_says_so() {
        navigate(ClinicSettingsView.class);
        try {
            settings.chooseDiastasisThresholds(DiastasisThresholds.QU_2021, DiastasisThresholds.BEER_2009);
            RadioButtonGroup<DiastasisThresholds> choice =
                    $view(RadioButtonGroup.class).id("diastasis-thresholds");
            test(choice).selectItem(DiastasisThresholds.BEER_2009.description());

            test($view(Button.class).id("save-clinic-settings")).click();

            assertThat($view(Div.class).id("clinic-settings-outcome").getText())
                    .startsWith("Someone else changed this setting while you were choosing; it now reads Beer 2009.");
            assertThat(choice.getValue()).isEqualTo(DiastasisThresholds.BEER_2009);
            assertThat(settings.diastasisThresholds()).isEqualTo(DiastasisThresholds.BEER_2009);
        } finally {
            settings.chooseDiastasisThresholds(settings.diastasisThresholds(), DiastasisThresholds.DEFAULT);
        }
    }

    @Test
    @WithUserDetails("therapist")
    void the_pts_findings_follow_the_clinics_setting() {
        PatientId patient = registry.register(
                UiFixtures.patient("Tove", "Settings", LocalDate.of(1990, 2, 3), LocalDate.now()), true);
        var sections = AssessmentSections.builder()
                .diastasis(new DiastasisSection(
                        AboveUmbilicusOffset.THREE_CM,
                        BelowUmbilicusOffset.TWO_CM,
                        List.of(IrdReading.of(
                                IrdSite.ABOVE_UMBILICUS,
                                IrdCondition.REST,
                                IrdMethod.ULTRASOUND,
                                new BigDecimal("20"))),
                        Optional.empty(),
                        Optional.empty()))
                .build();
        AssessmentId id = records.record(patient, LocalDate.now(), sections, RedFlagAnswers.noRedFlags())
                .current()
                .id();
        navigate(RecordedAssessmentView.class, Map.of("patientId", patient.toString(), "assessmentId", id.toString()));
        assertThat($view(UnorderedList.class).id("finding-list").getElement().getTextRecursively())
                .contains("> 14 mm (Qu 2021: 90th percentile of women who had not given birth)");
        try {
            setDemoClinic(DiastasisThresholds.BEER_2009);

            navigate(
                    RecordedAssessmentView.class,
                    Map.of("patientId", patient.toString(), "assessmentId", id.toString()));

            assertThat($view(UnorderedList.class)
                            .id("finding-list")
                            .getElement()
                            .getTextRecursively())
                    .doesNotContain("IRD")
                    .contains("No findings in the assessed parts");
        } finally {
            setDemoClinic(DiastasisThresholds.DEFAULT);
        }
    }

    @Test
    @WithUserDetails("therapist")
    void a_pt_cannot_open_the_clinic_settings() {
        catchThrowable(() -> navigate(ClinicSettingsView.class));

        assertThat(getCurrentView()).isNotInstanceOf(ClinicSettingsView.class);
        assertThat($(RadioButtonGroup.class).all())
                .noneMatch(group -> "diastasis-thresholds".equals(group.getId().orElse("")));
    }

    private void setDemoClinic(DiastasisThresholds thresholds) {
        jdbc.sql("update clinic set diastasis_thresholds = ? where id = (select clinic_id from account where username"
                        + " = 'therapist')")
                .param(thresholds.name())
                .update();
    }

    private long changesAudited() {
        return jdbc.sql("select count(*) from audit_event where action = 'CLINIC_SETTINGS_CHANGED'")
                .query(Long.class)
                .single();
    }
}
