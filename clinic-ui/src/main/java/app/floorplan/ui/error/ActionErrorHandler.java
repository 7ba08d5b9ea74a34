package app.floorplan.ui.error;

import app.floorplan.ui.database.DatabaseUnreachable;
import app.floorplan.ui.database.OutageTexts;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;

/**
 * What a person sees when an action (a click, a save, a search) fails on the server. Vaadin's default handler logs
 * the exception with its message, which can quote clinical values, and shows the person nothing in production. Here
 * the person gets a notice in plain words, and the form stays as it was, so nothing typed is lost: the failed action
 * changed no field, and a use case that failed committed nothing.
 */
class ActionErrorHandler implements ErrorHandler {

    static final String NOTICE_ID = "action-error";

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String text;
        if (DatabaseUnreachable.causedBy(error)) {
            Incidents.recordDatabaseUnreachable(error);
            text = OutageTexts.ACTION;
        } else {
            text = "Something went wrong, and this may not have been done. What you entered is still here: check it and"
                    + " try again. If it happens again, tell your clinic's administrator (reference "
                    + Incidents.record(error) + ").";
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            show(ui, text);
        }
    }

    /** One notice at a time: a second failure (a person pressing save again) replaces the first. */
    private static void show(UI ui, String text) {
        Notification earlier = ComponentUtil.getData(ui, Notification.class);
        if (earlier != null) {
            earlier.close();
        }
        Notification notice = new Notification();
        ComponentUtil.setData(ui, Notification.class, notice);
        notice.setId(NOTICE_ID);
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notice.setPosition(Notification.Position.MIDDLE);
        notice.setDuration(0);
        notice.setAssertive(true);
        Div message = new Div(text);
        message.setId("action-error-text");
        message.getStyle().set("max-width", "32rem");
        Button close = new Button("Close", e -> notice.close());
        close.setId("action-error-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout content = new HorizontalLayout(message, close);
        content.setAlignItems(HorizontalLayout.Alignment.CENTER);
        notice.add(content);
        notice.open();
    }
}
