package app.floorplan.ui.patient;

import app.floorplan.core.intake.WeeksPostpartum;
import app.floorplan.core.patient.PatientList;
import app.floorplan.core.patient.PatientListItem;
import app.floorplan.core.patient.PatientQuery;
import app.floorplan.ui.database.DatabaseUnreachable;
import app.floorplan.ui.database.OutageTexts;
import app.floorplan.ui.form.ClinicDateFormat;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/** The clinic's patients: search by name, date of birth or phone; pages load lazily as the PT scrolls. */
@Route("patients")
@PageTitle("Patients · FloorPlan")
@RolesAllowed({"PT", "ADMIN"})
public class PatientListView extends VerticalLayout {

    private final PatientList patientList;
    private final TextField search = new TextField();
    private final Grid<PatientListItem> grid = new Grid<>();
    private final Div emptyState = new Div();
    private final Button retry = new Button("Try again", e -> refresh());
    private final Clock clock;
    private final ClinicDateFormat dates;
    private boolean refreshPending;

    public PatientListView(PatientList patientList, Clock clock, ClinicDateFormat dates) {
        this.patientList = patientList;
        this.clock = clock;
        this.dates = dates;
        setSizeFull();

        search.setId("patient-search");
        search.setPlaceholder("Search by name, date of birth or phone");
        search.setAriaLabel("Search patients");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(100%, 28rem)");
        search.setMaxLength(100);
        search.addValueChangeListener(e -> refreshAfterThisRoundTrip());

        grid.setId("patient-grid");
        grid.addColumn(PatientListItem::fullName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(p -> dates.format(p.dateOfBirth())).setHeader("Date of birth");
        grid.addColumn(p -> p.phone().orElse("")).setHeader("Phone");
        grid.addColumn(p -> p.latestDeliveryDate()
                        .filter(d -> !d.isAfter(today()))
                        .map(d -> WeeksPostpartum.since(d, today()).label())
                        .orElse(""))
                .setHeader("Postpartum");
        grid.addColumn(p -> p.assignedPtName().orElse("Not assigned")).setHeader("Assigned PT");
        grid.addComponentColumn(PatientListView::redFlags)
                .setHeader("Red flags")
                .setAutoWidth(true);
        grid.addColumn(p -> p.lastAssessmentDate().map(dates::format).orElse("None yet"))
                .setHeader("Last assessment");
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(50);

        emptyState.addClassName("fp-empty-state");
        emptyState.setId("patient-empty-state");
        retry.setId("patient-list-retry");
        retry.setVisible(false);

        Button register = new Button("New patient", VaadinIcon.PLUS.create(), e -> getUI().ifPresent(
                        ui -> ui.navigate(PatientRegistrationView.class)));
        register.setId("new-patient");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(search, register);
        toolbar.setWidthFull();
        toolbar.expand(search);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(new H2("Patients"), toolbar, emptyState, retry, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    /**
     * The list on screen no longer answers the search in the field, so it goes; the person may try again without
     * retyping (the field already holds her search). The failure itself is reported like any other (a notice).
     */
    private void showUnreachable() {
        grid.setVisible(false);
        emptyState.setText(OutageTexts.LIST);
        emptyState.setVisible(true);
        retry.setVisible(true);
    }

    private static Component redFlags(PatientListItem p) {
        if (p.unresolvedRedFlags() == 0) {
            return new Span();
        }
        Span badge = new Span(p.unresolvedRedFlags() + " open");
        badge.getElement().getThemeList().add("badge error");
        return badge;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void open(PatientListItem p) {
        getUI().ifPresent(ui -> ui.navigate(PatientView.class, new RouteParameters("patientId", p.id().toString())));
    }

    /**
     * A search typed just before a row click arrives in the same round trip, ahead of the click. Refreshing at once would
     * give the grid new row keys and the click, made on a row of the list she saw, would find none and be lost. So the
     * list is refreshed when the round trip is done, after the click has opened the patient it was made on.
     */
    private void refreshAfterThisRoundTrip() {
        if (!refreshPending) {
            refreshPending = true;
            getUI().ifPresentOrElse(ui -> ui.beforeClientResponse(this, context -> refresh()), this::refresh);
        }
    }

    private void refresh() {
        refreshPending = false;
        String typed = search.getValue().strip();
        // a date of birth typed as the clinic writes dates (3/14/1992 where it uses M/d/yyyy) is searched as that date
        PatientQuery query =
                PatientQuery.text(dates.parse(typed).map(LocalDate::toString).orElse(typed));
        // no total count: counting a large clinic costs more than the page itself, and the grid scrolls on demand
        boolean empty;
        try {
            empty = !patientList.anyMatch(query);
        } catch (RuntimeException failure) {
            if (DatabaseUnreachable.causedBy(failure)) {
                showUnreachable();
            }
            throw failure;
        }
        retry.setVisible(false);
        emptyState.setVisible(empty);
        grid.setVisible(!empty);
        if (empty) {
            emptyState.setText(
                    typed.isEmpty()
                            ? "No patients yet. Registered patients of your clinic appear here."
                            : "No patient matches \"" + typed + "\". Check the spelling, or search by date of birth"
                                    + " (e.g. " + dates.format(LocalDate.of(1992, 3, 14)) + ") or phone.");
            return;
        }
        grid.setItems(page -> patientList.page(query, page.getOffset(), page.getLimit()).stream());
    }
}
