package app.floorplan.ui.assessment;

import app.floorplan.ui.form.FieldMessages;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import java.util.ArrayList;
import java.util.List;

/**
 * What the section editors share with their form: where core's refusals are shown (by core's field keys), whether the
 * person changed anything since the last load or save, and switching between reading and editing.
 */
final class FormContext {

    private final FieldMessages messages = new FieldMessages();
    private final List<HasValue<?, ?>> fields = new ArrayList<>();
    private boolean dirty;
    private Runnable firstChange = () -> {};

    /** A field whose refusals core reports under {@code key}, e.g. {@code "pelvicFloor.oxford"}. */
    <F extends HasValue<?, ?> & HasValidation> F field(String key, F field) {
        messages.register(key, field);
        return track(field);
    }

    /** A field without a refusal of its own (e.g. a yes/no box). */
    <F extends HasValue<?, ?>> F track(F field) {
        fields.add(field);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed();
            }
        });
        return field;
    }

    /** The person changed something in a component that tracks its own fields (e.g. the red-flag screen). */
    void changed() {
        if (!dirty) {
            dirty = true;
            firstChange.run();
        }
    }

    FieldMessages messages() {
        return messages;
    }

    void setReadOnly(boolean readOnly) {
        fields.forEach(field -> field.setReadOnly(readOnly));
    }

    boolean isDirty() {
        return dirty;
    }

    void markSaved() {
        dirty = false;
    }

    /** Runs once when the person first changes something after a load or a save. */
    void onFirstChange(Runnable listener) {
        firstChange = listener;
    }
}
