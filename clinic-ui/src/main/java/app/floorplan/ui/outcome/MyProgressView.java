package app.floorplan.ui.outcome;

import app.floorplan.core.outcome.MeasureSeries;
import app.floorplan.core.outcome.OutcomeTimeline;
import app.floorplan.core.outcome.OutcomeTimelines;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The patient's own measures on her phone: each questionnaire she filled in (or her PT entered from her paper copy)
 * and the pain she logged, as a chart with the same in words. The EPDS is not shown here: her PT goes through it with
 * her.
 */
@Route("my-progress")
@PageTitle("My progress · FloorPlan")
@RolesAllowed("PATIENT")
public class MyProgressView extends VerticalLayout {

    public MyProgressView(OutcomeTimelines timelines) {
        addClassName("fp-portal");
        setPadding(true);
        add(new H2("My progress"));
        OutcomeTimeline mine = timelines.mine();
        if (mine.empty()) {
            Div empty = new Div(new Paragraph("Nothing to show yet. Your questionnaire scores and the pain you log will"
                    + " appear here over time."));
            empty.addClassName("fp-empty-state");
            empty.setId("my-progress-empty-state");
            add(empty);
        }
        int index = 0;
        for (MeasureSeries series : mine.series()) {
            String id = "my-measure-" + index++;
            H3 title = new H3(series.name());
            Paragraph summary = new Paragraph(MeasureText.forPatient(series));
            summary.setId(id + "-summary");
            summary.addClassName("fp-muted");
            add(title, TrendChart.forPhone(series, id + "-chart"), summary);
        }
        if (!mine.empty()) {
            add(new Paragraph("The shaded band around your first score is the size of change that counts: a score"
                    + " outside it is a real change. Your physiotherapist will talk it through with you."));
        }
        Button back = new Button("Back to my plan", click -> getUI().ifPresent(ui -> ui.navigate("my-plan")));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_LARGE);
        back.setWidthFull();
        add(back);
    }
}
