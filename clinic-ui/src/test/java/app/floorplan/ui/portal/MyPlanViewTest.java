package app.floorplan.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanAppTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@FloorPlanAppTest
class MyPlanViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("anna")
    void a_patient_opening_the_root_address_lands_on_her_own_plan_with_an_honest_empty_state() {
        navigate("", MyPlanView.class);

        assertThat(getCurrentView()).isInstanceOf(MyPlanView.class);
        assertThat($view(H2.class).single().getText()).isEqualTo("Hello, Anna");
        assertThat($view(Div.class).id("my-plan-empty-state").getElement().getTextRecursively())
                .contains("has not shared a home program");
    }
}
