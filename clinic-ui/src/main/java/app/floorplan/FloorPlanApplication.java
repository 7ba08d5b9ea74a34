package app.floorplan;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** FloorPlan: the clinic application. Scans {@code app.floorplan}: the views, the wiring and persistence's adapters. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@PWA(name = "FloorPlan", shortName = "FloorPlan")
public class FloorPlanApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(FloorPlanApplication.class, args);
    }
}
