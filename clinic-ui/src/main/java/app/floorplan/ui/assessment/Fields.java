package app.floorplan.ui.assessment;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.function.Function;

/**
 * Builds the assessment form's inputs. Every input gets an id derived from core's field key (dots become dashes), so
 * tests and the browser find the same field core reports on.
 */
final class Fields {

    private Fields() {}

    static String id(String key) {
        return key.replace('.', '-');
    }

    /** One of a few named values, all visible at once: quicker than a drop-down during a visit. */
    @SafeVarargs
    static <E> RadioButtonGroup<E> choice(String key, String label, Function<E, String> labels, E... values) {
        RadioButtonGroup<E> group = new RadioButtonGroup<>(label);
        group.setId(id(key));
        group.setItems(values);
        group.setItemLabelGenerator(labels::apply);
        return group;
    }

    /** A value that may stay unrecorded: the empty choice says so in words. */
    @SafeVarargs
    static <E> Select<E> optionalChoice(
            String key, String label, String emptyCaption, Function<E, String> labels, E... values) {
        Select<E> select = new Select<>();
        select.setLabel(label);
        select.setId(id(key));
        select.setItems(values);
        select.setItemLabelGenerator(value -> value == null ? emptyCaption : labels.apply(value));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(emptyCaption);
        return select;
    }

    /**
     * A count or score. No minimum or maximum is set on the field: core's rules decide and explain, so the field never
     * refuses a value silently.
     */
    static IntegerField number(String key, String label, String helper) {
        IntegerField field = new IntegerField(label);
        field.setId(id(key));
        field.setHelperText(helper);
        field.setStepButtonsVisible(true);
        return field;
    }

    static Checkbox yesNo(String id, String label) {
        Checkbox box = new Checkbox(label);
        box.setId(id);
        return box;
    }
}
