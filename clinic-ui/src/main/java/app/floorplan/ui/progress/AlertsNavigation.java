package app.floorplan.ui.progress;

import app.floorplan.core.progress.PracticeAlerts;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/**
 * The "Alerts" entry of the PT's navigation, with the number of her own patients' open alerts as a badge. The badge
 * counts after the page is shown (on the browser's next round trip, so opening a page does not wait for the alert
 * rules) and again whenever the alert list is opened or an alert acknowledged.
 */
public final class AlertsNavigation {

    private final PracticeAlerts alerts;

    AlertsNavigation(PracticeAlerts alerts) {
        this.alerts = alerts;
    }

    public SideNavItem item() {
        SideNavItem item = new SideNavItem("Alerts", AlertsView.class, VaadinIcon.BELL.create());
        item.setSuffixComponent(new Badge(alerts));
        return item;
    }

    /** Tells the badge of this UI to count again. */
    static void changed(UI ui) {
        ComponentUtil.fireEvent(ui, new AlertsChanged(ui));
    }

    private static final class Badge extends Span {

        private final PracticeAlerts alerts;

        @Nullable
        private Registration listening;

        Badge(PracticeAlerts alerts) {
            this.alerts = alerts;
            setId("alert-badge");
            addClassName("fp-alert-badge");
            getStyle()
                    .set("background", "var(--lumo-error-color)")
                    .set("color", "var(--lumo-error-contrast-color)")
                    .set("border-radius", "1em")
                    .set("padding", "0 0.5em")
                    .set("font-size", "var(--lumo-font-size-xs)");
            setVisible(false);
            // listening from the start: the alert list may announce a change before the layout's attach event
            listen(UI.getCurrent());
        }

        @Override
        protected void onAttach(AttachEvent attach) {
            listen(attach.getUI());
            attach.getUI().getPage().executeJs("return 0").then(ignored -> count());
        }

        @Override
        protected void onDetach(DetachEvent detach) {
            if (listening != null) {
                listening.remove();
                listening = null;
            }
        }

        private void listen(@Nullable UI ui) {
            if (listening == null && ui != null) {
                listening = ComponentUtil.addListener(ui, AlertsChanged.class, changed -> count());
            }
        }

        private void count() {
            int open = alerts.openCount();
            setText(String.valueOf(open));
            setVisible(open > 0);
            getElement().setAttribute("aria-label", open + (open == 1 ? " open alert" : " open alerts"));
        }
    }
}
