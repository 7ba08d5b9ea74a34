package app.floorplan.ui.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.core.exercise.Caution;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A built-in's cautions in the library's detail, and in the form when the clinic copies it: the copy keeps them, and
 * the PT can change them for the clinic's own exercise.
 */
@FloorPlanAppTest
class ExerciseCautionsViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("therapist")
    void a_loaded_carry_shows_its_cautions_and_a_copy_keeps_them_unless_the_pt_changes_them() {
        navigate(ExerciseLibraryView.class);
        test($view(TextField.class).id("exercise-search")).setValue("one-sided carry");
        Grid<?> grid = $view(Grid.class).id("exercise-grid");
        test(grid).select(0);

        assertThat($view(Div.class).id("exercise-precautions").getElement().getTextRecursively())
                .contains("Take care with pelvic girdle pain (single-leg, wide-leg, deep squat or one-sided load)")
                .contains("Take care with prolapse symptoms (bulge or heaviness) (lifted or carried load)")
                .contains("Take care with 3rd or 4th degree tear (deep squat or lifted or carried load)");

        test($view(Button.class).id("copy-exercise")).click();
        @SuppressWarnings("unchecked")
        CheckboxGroup<Caution> cautions = $(CheckboxGroup.class).id("exercise-cautions");
        assertThat(cautions.getValue())
                .containsExactlyInAnyOrder(
                        Caution.PELVIC_GIRDLE_PAIN, Caution.PROLAPSE_SYMPTOMS, Caution.SEVERE_PERINEAL_TEAR);

        test($(TextField.class).id("exercise-name")).setValue("Carry with the changing bag");
        cautions.setValue(Set.of(Caution.PROLAPSE_SYMPTOMS));
        test($(Button.class).id("save-exercise")).click();

        assertThat($view(Div.class).id("exercise-precautions").getElement().getTextRecursively())
                .contains("Take care with prolapse symptoms")
                .doesNotContain("Take care with pelvic girdle pain");
    }
}
