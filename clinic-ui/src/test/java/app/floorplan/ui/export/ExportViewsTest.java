package app.floorplan.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.ui.patient.PatientView;
import app.floorplan.ui.portal.MyPlanView;
import app.floorplan.ui.portal.PortalPatients;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Where each export is offered: the handout with version and paper on the PT's Program tab, the FHIR bundle on the
 * Export tab, the admin's record copy on the patient page, and the patient's plan PDF and record copy in her portal.
 */
@FloorPlanAppTest
class ExportViewsTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    private PortalPatients patients;

    @BeforeEach
    void patientsWithAndWithoutAPlan() {
        patients = new PortalPatients(context);
        var withPlan = patients.withLogin("export-plan");
        if (patients.program(withPlan, 3).current().number() == 1) {
            patients.revise(withPlan, 4);
        }
        patients.withLogin("export-no-plan");
    }

    @Test
    @WithUserDetails(value = "export-plan", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_patient_with_a_plan_can_print_it_and_download_her_record() {
        navigate(MyPlanView.class);

        assertThat(link("my-plan-pdf").getText()).isEqualTo("Print my plan (PDF with a tick-sheet)");
        assertThat(link("my-plan-pdf").getHref()).isNotBlank();

        navigate(MyRecordView.class);
        assertThat(link("my-record-pdf").getHref()).isNotBlank();
        assertThat(link("my-record-fhir").getHref()).isNotBlank();
    }

    @Test
    @WithUserDetails(value = "export-no-plan", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void without_a_plan_there_is_nothing_to_print_but_her_record_copy_is_there() {
        navigate(MyPlanView.class);

        assertThat($view(Anchor.class).all()).extracting(Anchor::getId).doesNotContain(Optional.of("my-plan-pdf"));
        assertThat($view(RouterLink.class).all())
                .anySatisfy(link -> assertThat(link.getText()).startsWith("My record"));
    }

    @Test
    @WithUserDetails("therapist")
    void the_pt_picks_version_and_paper_on_the_program_tab_and_finds_the_fhir_bundle_on_the_export_tab() {
        navigate("patients/" + patients.withLogin("export-plan"), PatientView.class);
        TabSheet tabs = $view(TabSheet.class).single();

        select(tabs, "Program");
        @SuppressWarnings("unchecked")
        Select<Integer> version = $view(Select.class).id("plan-pdf-version");
        assertThat(version.getValue()).isEqualTo(2);
        assertThat(version.getListDataView().getItems()).containsExactly(2, 1);
        @SuppressWarnings("unchecked")
        Select<Object> paper = $view(Select.class).id("plan-pdf-paper");
        assertThat(paper.getValue()).hasToString("A4");
        assertThat(link("plan-pdf").getHref()).isNotBlank();

        select(tabs, "Export");
        assertThat(link("export-fhir").getHref()).isNotBlank();
    }

    @Test
    @WithUserDetails("admin")
    void the_admin_produces_a_patients_copy_from_the_patient_page() {
        navigate("patients/" + patients.withLogin("export-plan"), PatientView.class);

        assertThat(link("record-copy-pdf").getHref()).isNotBlank();
        assertThat(link("record-copy-fhir").getHref()).isNotBlank();
    }

    private void select(TabSheet tabs, String label) {
        for (int index = 0; index < 10; index++) {
            var tab = tabs.getTabAt(index);
            if (tab.getLabel().equals(label)) {
                tabs.setSelectedTab(tab);
                return;
            }
        }
        throw new AssertionError("no tab " + label);
    }

    private Anchor link(String id) {
        return $view(Anchor.class).id(id);
    }
}
