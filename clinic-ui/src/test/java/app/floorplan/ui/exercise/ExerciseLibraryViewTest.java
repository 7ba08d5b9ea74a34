package app.floorplan.ui.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.core.exercise.dosage.DosageText;
import app.floorplan.core.exercise.library.StandardExerciseLibrary;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@FloorPlanAppTest
class ExerciseLibraryViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("therapist")
    void search_filters_by_text_and_the_detail_shows_the_default_dosage_in_the_patients_words() {
        navigate(ExerciseLibraryView.class);
        Grid<?> grid = $view(Grid.class).id("exercise-grid");
        int all = test(grid).size();
        assertThat(all).isGreaterThan(20);

        test($view(TextField.class).id("exercise-search")).setValue("bridge");

        assertThat(test(grid).size()).isBetween(1, all - 1);
        assertThat(names(grid)).allMatch(name -> name.toLowerCase().contains("bridge"));
        test(grid).select(0);

        var side = new StandardExerciseLibrary()
                .exercises().stream()
                        .filter(e -> e.name().equals(test(grid).getCellText(0, 0)))
                        .findFirst()
                        .orElseThrow();
        assertThat($view(Paragraph.class).id("exercise-dosage").getText())
                .startsWith(DosageText.forPatient(side.defaultDosage()));
        assertThat($view(OrderedList.class).id("exercise-steps").getChildren()).isNotEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void the_category_filter_keeps_only_that_category_for_the_admin_too() {
        navigate(ExerciseLibraryView.class);
        Grid<?> grid = $view(Grid.class).id("exercise-grid");

        test($view(Select.class).id("filter-category")).selectItem("Side core");

        assertThat(test(grid).size()).isPositive();
        assertThat(IntStream.range(0, test(grid).size())
                        .mapToObj(row -> test(grid).getCellText(row, 1)))
                .containsOnly("Side core");
    }

    @Test
    @WithUserDetails("therapist")
    void the_clinic_adds_its_own_exercise_after_a_refusal_next_to_the_field_and_retires_it() {
        navigate(ExerciseLibraryView.class);
        test($view(Button.class).id("new-exercise")).click();

        test($(TextArea.class).id("exercise-purpose")).setValue("Practise the lift into the car seat");
        test($(Select.class).id("exercise-category")).selectItem("Lifting");
        test($(Select.class).id("exercise-phase")).selectItem("4 · Strength and function");
        test($(TextArea.class).id("exercise-steps")).setValue("Stand close to the car seat\nBreathe out and lift");
        test($(IntegerField.class).id("dosage-reps")).setValue(5);
        test($(Button.class).id("save-exercise")).click();

        TextField name = $(TextField.class).id("exercise-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isNotBlank();
        assertThat($(TextArea.class).id("exercise-purpose").getValue())
                .isEqualTo("Practise the lift into the car seat");

        test(name).setValue("Car seat lift rehearsal");
        test($(Button.class).id("save-exercise")).click();

        assertThat($view(Paragraph.class).id("exercise-dosage").getText()).startsWith("5 reps");
        test($view(TextField.class).id("exercise-search")).setValue("car seat lift rehearsal");
        Grid<?> grid = $view(Grid.class).id("exercise-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("Your clinic");

        test(grid).select(0);
        test($view(Button.class).id("retire-exercise")).click();

        assertThat($view(Div.class).id("exercise-empty-state").isVisible()).isTrue();
        test($view(Checkbox.class).id("exercise-include-retired")).click();
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("Your clinic · retired");
    }

    private java.util.List<String> names(Grid<?> grid) {
        return IntStream.range(0, test(grid).size())
                .mapToObj(row -> test(grid).getCellText(row, 0))
                .toList();
    }
}
