package app.floorplan.ui.intake;

import app.floorplan.core.intake.Delivery;
import app.floorplan.core.intake.DeliveryAnswers;
import app.floorplan.ui.form.FieldMessages;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The deliveries of the obstetric history, one row each, added and removed by the PT. A refusal about the deliveries as
 * a whole (more deliveries than para) shows under the rows.
 */
final class DeliveriesEditor extends VerticalLayout implements HasValidation {

    private final List<DeliveryRow> rows = new ArrayList<>();
    private final VerticalLayout rowList = new VerticalLayout();
    private final Paragraph none = new Paragraph("No delivery recorded.");
    private final Span error = new Span();
    private final Runnable changed;

    DeliveriesEditor(Runnable changed) {
        this.changed = changed;
        setPadding(false);
        setSpacing(false);
        rowList.setPadding(false);
        none.addClassName(LumoUtility.TextColor.SECONDARY);
        error.setId("deliveries-error");
        error.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        error.setVisible(false);
        Button add = new Button("Add delivery", VaadinIcon.PLUS.create(), e -> {
            addRow();
            changed.run();
        });
        add.setId("add-delivery");
        add(rowList, none, error, add);
    }

    /** Shows stored deliveries; not a change by the person. */
    void show(List<Delivery> deliveries) {
        rows.clear();
        rowList.removeAll();
        deliveries.forEach(delivery -> addRow().show(delivery));
        none.setVisible(rows.isEmpty());
    }

    List<DeliveryAnswers> answers() {
        return rows.stream().map(DeliveryRow::answers).toList();
    }

    /** Registers every row's fields under the keys of their current positions. */
    void register(FieldMessages messages) {
        rows.forEach(row -> row.register(messages));
    }

    private DeliveryRow addRow() {
        DeliveryRow row = new DeliveryRow(rows.size(), changed, this::remove);
        rows.add(row);
        rowList.add(row);
        none.setVisible(false);
        return row;
    }

    private void remove(DeliveryRow row) {
        rows.remove(row);
        rowList.remove(row);
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).setIndex(i);
        }
        none.setVisible(rows.isEmpty());
        changed.run();
    }

    @Override
    public void setErrorMessage(@Nullable String errorMessage) {
        error.setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public @Nullable String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}
