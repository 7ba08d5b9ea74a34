package app.floorplan.ui.intake;

import app.floorplan.core.intake.BirthWeight;
import app.floorplan.core.intake.Delivery;
import app.floorplan.core.intake.DeliveryAnswers;
import app.floorplan.core.intake.DeliveryMode;
import app.floorplan.core.intake.PerinealTrauma;
import app.floorplan.ui.form.DateField;
import app.floorplan.ui.form.FieldMessages;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** One delivery of the deliveries editor. Its fields answer to the keys of its position, e.g. deliveries[1].date. */
final class DeliveryRow extends HorizontalLayout {

    final DateField date = new DateField("Delivery date", LocalDate.of(2026, 5, 1));
    final Select<DeliveryMode> mode = new Select<>();
    final Select<PerinealTrauma> perinealTrauma = new Select<>();
    final Checkbox epiduralOrSpinal = new Checkbox("Epidural or spinal");
    final BigDecimalField birthWeight = new BigDecimalField("Birth weight");
    private final Button remove = new Button(VaadinIcon.TRASH.create());
    private int index;

    DeliveryRow(int index, Runnable changed, Consumer<DeliveryRow> removal) {
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        mode.setLabel("Mode");
        // wide enough for the longest mode ("Spontaneous vaginal", "Emergency C-section") without cutting it off
        mode.setWidth("15em");
        mode.setItems(DeliveryMode.values());
        mode.setItemLabelGenerator(DeliveryMode::label);
        mode.setPlaceholder("Choose");
        perinealTrauma.setLabel("Perineal trauma");
        perinealTrauma.setItems(PerinealTrauma.values());
        perinealTrauma.setItemLabelGenerator(PerinealTrauma::label);
        perinealTrauma.setPlaceholder("Choose");
        birthWeight.setSuffixComponent(new Div("kg"));
        birthWeight.setHelperText("0.3 to 7.0, e.g. 3.45");
        birthWeight.setWidth("9em");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> removal.accept(this));

        List.<HasValidation>of(date, mode, perinealTrauma, birthWeight)
                .forEach(field -> field.setManualValidation(true));
        List.<HasValue<?, ?>>of(date, mode, perinealTrauma, epiduralOrSpinal, birthWeight)
                .forEach(field -> field.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        changed.run();
                    }
                }));
        add(date, mode, perinealTrauma, epiduralOrSpinal, birthWeight, remove);
        setIndex(index);
    }

    /** Renumbers the row after an earlier one was removed, so ids and field keys follow its position. */
    void setIndex(int index) {
        this.index = index;
        String prefix = "delivery-" + index + "-";
        date.setId(prefix + "date");
        mode.setId(prefix + "mode");
        perinealTrauma.setId(prefix + "trauma");
        epiduralOrSpinal.setId(prefix + "epidural");
        birthWeight.setId(prefix + "weight");
        remove.setId(prefix + "remove");
        remove.setAriaLabel("Remove delivery " + (index + 1));
        // a screen reader reads each field alone: with two deliveries, "Mode" would not say which one
        String delivery = "Delivery " + (index + 1) + ", ";
        date.setAriaLabel(delivery + "date");
        mode.setAriaLabel(delivery + "mode");
        perinealTrauma.setAriaLabel(delivery + "perineal trauma");
        epiduralOrSpinal.setAriaLabel(delivery + "epidural or spinal");
        birthWeight.setAriaLabel(delivery + "birth weight in kg");
    }

    void show(Delivery delivery) {
        date.setValue(delivery.date());
        mode.setValue(delivery.mode());
        perinealTrauma.setValue(delivery.perinealTrauma());
        epiduralOrSpinal.setValue(delivery.epiduralOrSpinal());
        birthWeight.setValue(delivery.birthWeight().map(BirthWeight::kilograms).orElse(null));
    }

    DeliveryAnswers answers() {
        return new DeliveryAnswers(
                Optional.ofNullable(date.getValue()),
                Optional.ofNullable(mode.getValue()),
                Optional.ofNullable(perinealTrauma.getValue()),
                epiduralOrSpinal.getValue(),
                Optional.ofNullable(birthWeight.getValue()));
    }

    void register(FieldMessages messages) {
        messages.register(DeliveryAnswers.field(index, "date"), date);
        messages.register(DeliveryAnswers.field(index, "mode"), mode);
        messages.register(DeliveryAnswers.field(index, "perinealTrauma"), perinealTrauma);
        messages.register(DeliveryAnswers.field(index, "birthWeightKg"), birthWeight);
    }
}
