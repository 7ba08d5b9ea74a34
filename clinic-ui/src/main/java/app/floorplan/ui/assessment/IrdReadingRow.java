package app.floorplan.ui.assessment;

import app.floorplan.core.assessment.IrdCondition;
import app.floorplan.core.assessment.IrdLevel;
import app.floorplan.core.assessment.IrdMethod;
import app.floorplan.core.assessment.IrdReading;
import app.floorplan.core.assessment.IrdSite;
import app.floorplan.core.validation.Violations;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * One inter-rectus distance: a site at rest or during a head lift. The method decides the unit (mm by caliper or
 * ultrasound, finger widths by palpation), shown next to the number. A row without a distance was not measured.
 */
final class IrdReadingRow {

    private final IrdSite site;
    private final IrdCondition condition;
    private final String key;
    private final Select<IrdMethod> method;
    private final BigDecimalField distance = new BigDecimalField();
    private final Span unit = new Span();
    private final HorizontalLayout row;

    IrdReadingRow(IrdSite site, IrdCondition condition, IrdLevel level, FormContext form) {
        this.site = site;
        this.condition = condition;
        this.key = IrdReading.field(site, condition);
        method = form.track(
                Fields.optionalChoice(key + ".method", "Method", "Not measured", IrdMethod::label, IrdMethod.values()));
        showLevel(level);
        // the visible labels are short; a screen reader reads each field alone, so its name says where and when
        String where =
                site.label().toLowerCase(Locale.ROOT) + " " + condition.label().toLowerCase(Locale.ROOT);
        distance.setAriaLabel("Inter-rectus distance " + where);
        method.setAriaLabel("Method, " + where);
        distance.setWidth("16em");
        distance.setId(Fields.id(key));
        distance.setSuffixComponent(unit);
        form.field(key, distance);
        method.addValueChangeListener(e -> showUnit());
        row = new HorizontalLayout(distance, method);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        showUnit();
    }

    /**
     * Names the point the protocol measures this site at, short enough to read in full above the field, e.g. "3 cm
     * below umbilicus · head lift".
     */
    void showLevel(IrdLevel level) {
        String where =
                level == IrdLevel.UMBILICUS ? "Umbilicus" : level.phrase().replace("the umbilicus", "umbilicus");
        distance.setLabel(where + " · " + (condition == IrdCondition.REST ? "rest" : "head lift"));
    }

    IrdSite site() {
        return site;
    }

    HorizontalLayout component() {
        return row;
    }

    String key() {
        return key;
    }

    Select<IrdMethod> method() {
        return method;
    }

    /** Shows refusals of another key at this row's distance, e.g. a rule about all readings. */
    void alsoShowRefusalsOf(String otherKey, FormContext form) {
        form.messages().register(otherKey, distance);
    }

    /** Lets the first method chosen serve the rows not yet measured: a PT rarely switches tools within a visit. */
    void offerMethod(IrdMethod chosen) {
        if (method.isEmpty()) {
            method.setValue(chosen);
        }
    }

    /** The reading, or empty when this row was not measured or was refused (then with the reason in violations). */
    Optional<IrdReading> read(Violations violations) {
        BigDecimal amount = distance.getValue();
        if (amount == null) {
            return Optional.empty();
        }
        IrdMethod measuredBy = method.getValue();
        if (measuredBy == null) {
            violations.add(key, "Choose how this distance was measured: it decides the unit");
            return Optional.empty();
        }
        return violations.attempt(() -> IrdReading.of(site, condition, measuredBy, amount));
    }

    void show(IrdReading reading) {
        method.setValue(reading.method());
        distance.setValue(reading.distance().amount());
    }

    private void showUnit() {
        unit.setText(method.isEmpty() ? "" : method.getValue().unit().label());
        distance.setHelperText(
                method.isEmpty()
                        ? "Choose the method first"
                        : switch (method.getValue().unit()) {
                            case MILLIMETRES -> "0 to 150 mm, e.g. 23.5";
                            case FINGER_WIDTHS -> "0 to 10 finger widths, in halves, e.g. 2.5";
                        });
    }
}
