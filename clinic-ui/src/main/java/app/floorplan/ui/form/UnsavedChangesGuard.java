package app.floorplan.ui.form;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;
import java.util.function.BooleanSupplier;

/** Asks before a person navigates away from a form with unsaved changes. */
public final class UnsavedChangesGuard {

    private final BooleanSupplier dirty;

    public UnsavedChangesGuard(BooleanSupplier dirty) {
        this.dirty = dirty;
    }

    /**
     * Arms (or disarms) the browser's own "leave site?" prompt, which covers closing the tab or reloading, where no
     * server round trip happens. Call whenever the dirty state may have changed.
     */
    public void syncBrowserPrompt(UI ui) {
        ui.getPage()
                .executeJs(
                        "window.onbeforeunload = $0 ? (e) => { e.preventDefault(); e.returnValue = ''; } : null;",
                        dirty.getAsBoolean());
    }

    /** Call from {@code beforeLeave}: postpones the navigation and asks when there are unsaved changes. */
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty.getAsBoolean()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Leave without saving?");
        dialog.setText("You have changes that are not saved. If you leave now they are lost.");
        dialog.setCancelable(true);
        dialog.setCancelText("Stay and keep editing");
        dialog.setConfirmText("Leave and discard");
        dialog.addConfirmListener(e -> action.proceed());
        dialog.open();
    }
}
