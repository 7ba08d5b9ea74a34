package app.floorplan.ui.form;

import app.floorplan.core.validation.Violation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import com.vaadin.flow.data.binder.Result;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts core's refusals on the fields of a {@link Binder} whose bean properties carry the names core's factories use
 * for their fields (e.g. {@code givenName}), so the binding itself is the key. Each message goes through the binding's
 * own status handler, which clears it again once the person changes that field. A refusal no binding holds (a rule
 * spanning fields) appears as a notification, so no message is ever lost. The typed values are never touched.
 */
public final class BoundRefusals {

    private BoundRefusals() {}

    /** Clears earlier messages, marks every refused field and scrolls the first of them into view. */
    public static void show(Binder<?> binder, List<Violation> refusals) {
        clear(binder);
        Set<Binder.Binding<?, ?>> marked = new HashSet<>();
        List<String> unplaced = new ArrayList<>();
        for (Violation refusal : refusals) {
            binder.getBinding(refusal.field())
                    .ifPresentOrElse(
                            binding -> {
                                if (marked.add(binding)) {
                                    refuse(binding, refusal.message());
                                }
                            },
                            () -> unplaced.add(refusal.message()));
        }
        binder.getFields()
                .filter(field -> field instanceof HasValidation v && v.isInvalid())
                .map(Component.class::cast)
                .findFirst()
                .ifPresent(Component::scrollIntoView);
        if (!unplaced.isEmpty()) {
            Notification.show(String.join(" · ", unplaced), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    public static void clear(Binder<?> binder) {
        binder.getFields()
                .filter(HasValidation.class::isInstance)
                .map(HasValidation.class::cast)
                .forEach(field -> {
                    field.setInvalid(false);
                    field.setErrorMessage(null);
                });
    }

    private static <T> void refuse(Binder.Binding<?, T> binding, String message) {
        binding.getValidationStatusHandler()
                .statusChange(new BindingValidationStatus<>(Result.<T>error(message), binding));
    }
}
