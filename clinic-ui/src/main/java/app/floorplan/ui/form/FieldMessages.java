package app.floorplan.ui.form;

import app.floorplan.core.validation.Violation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows core's refusals next to the fields they concern. Fields register under the same keys core uses (e.g.
 * {@code "givenName"}); a refusal without a registered field (a rule spanning fields) appears as a notification, so no
 * message is ever lost. The typed values are never touched.
 */
public final class FieldMessages {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public <F extends HasValidation> F register(String key, F field) {
        fields.put(key, field);
        return field;
    }

    /**
     * Clears earlier messages, then marks every refused field and scrolls the first of them into view (in a long form
     * it may be far above the save button); answers the refusals no field could show.
     */
    public List<Violation> show(List<Violation> violations) {
        clear();
        List<Violation> unplaced = new ArrayList<>();
        for (Violation v : violations) {
            HasValidation field = fields.get(v.field());
            if (field == null) {
                unplaced.add(v);
            } else if (!field.isInvalid()) {
                field.setErrorMessage(v.message());
                field.setInvalid(true);
            }
        }
        fields.values().stream()
                .filter(HasValidation::isInvalid)
                .filter(Component.class::isInstance)
                .map(Component.class::cast)
                .findFirst()
                .ifPresent(Component::scrollIntoView);
        if (!unplaced.isEmpty()) {
            String text = unplaced.stream()
                    .map(Violation::message)
                    .reduce((a, b) -> a + " · " + b)
                    .orElse("");
            Notification n = Notification.show(text, 8000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        return unplaced;
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }
}
