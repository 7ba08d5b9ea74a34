package app.floorplan.ui.portal;

import app.floorplan.core.portal.MyPlan;
import app.floorplan.core.portal.MyPlanPage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The patient's landing page: their own current home program (phone first). */
@Route("my-plan")
@PageTitle("My plan · FloorPlan")
@RolesAllowed("PATIENT")
public class MyPlanView extends VerticalLayout {

    public MyPlanView(MyPlan myPlan) {
        MyPlanPage page = myPlan.open();
        setMaxWidth("40rem");
        H2 title = new H2("Hello, " + page.givenName());
        Div empty = new Div(
                new Paragraph("Your physical therapist has not shared a home program with you yet."),
                new Paragraph("After your next visit your exercises, how much to do and what to watch for will be"
                        + " here."));
        empty.addClassName("fp-empty-state");
        empty.setId("my-plan-empty-state");
        add(title, empty);
    }
}
