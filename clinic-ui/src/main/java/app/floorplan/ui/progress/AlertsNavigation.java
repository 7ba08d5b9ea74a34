package app.floorplan.ui.progress;

import app.floorplan.core.progress.OpenAlerts;
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
 * The "Alerts" entry of the PT's navigation, with the number of open alerts of her own and unassigned patients as a
 * badge, and how many of them are urgent. The badge
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

    /** The open count, and beside it in the error colour how many of them are urgent. */
    private static final class Badge extends Span {

        private final PracticeAlerts alerts;
        private final Span open = new Span();
        private final Span urgent = new Span();

        @Nullable
        private Registration listening;

        Badge(PracticeAlerts alerts) {
            this.alerts = alerts;
            setId("alert-badges");
            open.setId("alert-badge");
            open.addClassName("fp-alert-badge");
            urgent.setId("alert-badge-urgent");
            urgent.addClassNames("fp-alert-badge", "fp-alert-badge-urgent");
            add(open, urgent);
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
            OpenAlerts found = alerts.openCount();
            open.setText(String.valueOf(found.open()));
            urgent.setText(found.urgent() + " urgent");
            urgent.setVisible(found.urgent() > 0);
            setVisible(found.open() > 0);
            getElement()
                    .setAttribute(
                            "aria-label",
                            found.open()
                                    + (found.open() == 1 ? " open alert" : " open alerts")
                                    + (found.urgent() > 0 ? ", " + found.urgent() + " urgent" : ""));
        }
    }
}
