package app.floorplan.ui.progress;

import app.floorplan.core.progress.PracticeAlerts;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;

/** The "Alerts" entry of the PT's navigation, with the number of her own patients' open alerts as a badge. */
public final class AlertsNavigation {

    private final PracticeAlerts alerts;

    AlertsNavigation(PracticeAlerts alerts) {
        this.alerts = alerts;
    }

    public SideNavItem item() {
        SideNavItem item = new SideNavItem("Alerts", AlertsView.class, VaadinIcon.BELL.create());
        Span badge = new Span();
        badge.setId("alert-badge");
        badge.addClassName("fp-alert-badge");
        badge.getStyle()
                .set("background", "var(--lumo-error-color)")
                .set("color", "var(--lumo-error-contrast-color)")
                .set("border-radius", "1em")
                .set("padding", "0 0.5em")
                .set("font-size", "var(--lumo-font-size-xs)");
        count(badge);
        item.setSuffixComponent(badge);
        badge.addAttachListener(attach -> {
            var registration = ComponentUtil.addListener(attach.getUI(), AlertsChanged.class, changed -> count(badge));
            badge.addDetachListener(detach -> {
                registration.remove();
                detach.unregisterListener();
            });
        });
        return item;
    }

    /** Tells the badge of this UI to count again. */
    static void changed(UI ui) {
        ComponentUtil.fireEvent(ui, new AlertsChanged(ui));
    }

    private void count(Span badge) {
        int open = alerts.openCount();
        badge.setText(String.valueOf(open));
        badge.setVisible(open > 0);
        badge.getElement().setAttribute("aria-label", open + (open == 1 ? " open alert" : " open alerts"));
    }
}
