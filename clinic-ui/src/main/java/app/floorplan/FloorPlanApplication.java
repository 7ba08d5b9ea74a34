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
// installable web app: manifest, icons made from icons/icon.png, and offline.html when there is no connection;
// no page with health data is kept for offline use (docs/adr/0016-installable-app-without-offline-health-data.md)
@PWA(
        name = "FloorPlan",
        shortName = "FloorPlan",
        // Vaadin 25's default is no offline page (the app shell instead): name ours, so the service worker shows it
        offlinePath = "offline.html",
        offlineResources = {"icons/icon.png"},
        description = "Your home program from your physiotherapist",
        themeColor = "#21837a",
        backgroundColor = "#f4f8fb")
public class FloorPlanApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(FloorPlanApplication.class, args);
    }
}
