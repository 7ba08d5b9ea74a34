package app.floorplan.ui.progress;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the PT acknowledged an alert, so the navigation badge counts again. */
final class AlertsChanged extends ComponentEvent<UI> {

    AlertsChanged(UI ui) {
        super(ui, false);
    }
}
