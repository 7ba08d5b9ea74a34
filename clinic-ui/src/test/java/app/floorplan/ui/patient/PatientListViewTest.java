package app.floorplan.ui.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.core.patient.PatientList;
import app.floorplan.core.patient.PatientListItem;
import app.floorplan.core.patient.PatientQuery;
import app.floorplan.ui.form.ClinicDateFormat;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@FloorPlanAppTest
class PatientListViewTest extends SpringBrowserlessTest {

    @Autowired
    PatientList patientList;

    @Test
    @WithUserDetails("therapist")
    void the_demo_pt_sees_the_patients_of_her_clinic() {
        PatientListView view = navigate(PatientListView.class);

        Grid<?> grid = $view(Grid.class).id("patient-grid");
        var names = java.util.stream.IntStream.range(0, test(grid).size())
                .mapToObj(row -> test(grid).getCellText(row, 0))
                .toList();
        // other tests may register more patients in the demo clinic; the demo patients are always there
        assertThat(names).contains("Anna Berg", "Bea Castillo", "Chloé Dupré");
        assertThat(view).isNotNull();
    }

    @Test
    @WithUserDetails("therapist")
    void dates_of_birth_read_as_the_clinic_writes_dates_not_in_the_servers_language() {
        navigate(PatientListView.class);

        test($view(TextField.class).id("patient-search")).setValue("Anna Berg");

        Grid<?> grid = $view(Grid.class).id("patient-grid");
        PatientListItem anna =
                patientList.page(PatientQuery.text("Anna Berg"), 0, 1).getFirst();
        // the date fields' format (d.M.yyyy by default), e.g. 14.3.1992, not "Mar 14, 1992"
        assertThat(test(grid).getCellText(0, 1)).isEqualTo(new ClinicDateFormat().format(anna.dateOfBirth()));
    }

    @Test
    @WithUserDetails("therapist")
    void a_date_of_birth_typed_as_the_clinic_writes_dates_finds_the_patient() {
        LocalDate annasBirthday = patientList
                .page(PatientQuery.text("Anna Berg"), 0, 1)
                .getFirst()
                .dateOfBirth();
        navigate(PatientListView.class);

        test($view(TextField.class).id("patient-search")).setValue(new ClinicDateFormat().format(annasBirthday));

        Grid<?> grid = $view(Grid.class).id("patient-grid");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Anna Berg");
    }

    @Test
    @WithUserDetails("therapist")
    void a_search_without_matches_shows_an_empty_state_that_repeats_the_search() {
        navigate(PatientListView.class);

        test($view(TextField.class).id("patient-search")).setValue("Zyxw");

        Div empty = $view(Div.class).id("patient-empty-state");
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText()).contains("No patient matches \"Zyxw\"");
        assertThat($view(Grid.class).all()).as("no visible grid").isEmpty();
    }

    @Test
    @WithUserDetails("therapist")
    void searching_without_accents_finds_an_accented_name() {
        navigate(PatientListView.class);

        test($view(TextField.class).id("patient-search")).setValue("chloe");

        Grid<?> grid = $view(Grid.class).id("patient-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Chloé Dupré");
    }

    @Test
    @WithUserDetails("anna")
    void a_patient_cannot_open_the_patient_list() {
        catchThrowable(() -> navigate(PatientListView.class));

        assertThat(getCurrentView()).isNotInstanceOf(PatientListView.class);
        assertThat($(Grid.class).all()).isEmpty();
    }
}
