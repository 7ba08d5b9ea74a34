package app.floorplan.ui.patient;

import app.floorplan.core.patient.PatientList;
import app.floorplan.core.patient.PatientListItem;
import app.floorplan.core.patient.PatientQuery;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The clinic's patients: search by name, date of birth or phone; pages load lazily as the PT scrolls. */
@Route("patients")
@PageTitle("Patients · FloorPlan")
@RolesAllowed({"PT", "ADMIN"})
public class PatientListView extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final PatientList patientList;
    private final TextField search = new TextField();
    private final Grid<PatientListItem> grid = new Grid<>();
    private final Div emptyState = new Div();

    public PatientListView(PatientList patientList) {
        this.patientList = patientList;
        setSizeFull();

        search.setId("patient-search");
        search.setPlaceholder("Search by name, date of birth or phone");
        search.setAriaLabel("Search patients");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(100%, 28rem)");
        search.setMaxLength(100);
        search.addValueChangeListener(e -> refresh());

        grid.setId("patient-grid");
        grid.addColumn(PatientListItem::fullName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(p -> DATE.format(p.dateOfBirth())).setHeader("Date of birth");
        grid.addColumn(p -> p.phone().orElse("")).setHeader("Phone");
        grid.addColumn(p -> p.assignedPtName().orElse("Not assigned")).setHeader("Assigned PT");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(50);

        emptyState.addClassName("fp-empty-state");
        emptyState.setId("patient-empty-state");

        add(new H2("Patients"), search, emptyState, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        PatientQuery query = PatientQuery.text(search.getValue());
        int total = patientList.count(query);
        boolean empty = total == 0;
        emptyState.setVisible(empty);
        grid.setVisible(!empty);
        if (empty) {
            emptyState.setText(
                    query.text().isEmpty()
                            ? "No patients yet. Registered patients of your clinic appear here."
                            : "No patient matches \"" + query.text() + "\". Check the spelling, or search by date of"
                                    + " birth (yyyy-mm-dd) or phone.");
            return;
        }
        grid.setItems(
                page -> patientList.page(query, page.getOffset(), page.getLimit()).stream(),
                page -> patientList.count(query));
    }
}
