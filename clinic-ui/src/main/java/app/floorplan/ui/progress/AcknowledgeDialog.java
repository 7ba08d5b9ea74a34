package app.floorplan.ui.progress;

import app.floorplan.core.progress.AlertAcknowledgement;
import app.floorplan.core.progress.PracticeAlert;
import app.floorplan.core.progress.PracticeAlerts;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.ui.form.FieldMessages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** Acknowledges one alert with an optional note; a refused note is marked next to the field and stays as typed. */
final class AcknowledgeDialog extends Dialog {

    AcknowledgeDialog(PracticeAlert alert, PracticeAlerts alerts, Runnable afterAcknowledge) {
        setHeaderTitle("Acknowledge the alert");
        setId("acknowledge-dialog");
        TextArea note = new TextArea("Note (optional)");
        note.setId("ack-note");
        note.setWidthFull();
        note.setHelperText("What you did, e.g. \"Called her: pain settled after rest\". Up to "
                + AlertAcknowledgement.MAX_NOTE_LENGTH + " characters.");
        var messages = new FieldMessages();
        messages.register(AlertAcknowledgement.NOTE_FIELD, note);
        add(new Paragraph(alert.patientName() + ": " + alert.summary()), note);
        Button confirm = new Button("Acknowledge", click -> {
            try {
                alerts.acknowledge(alert.key(), note.getValue());
                close();
                afterAcknowledge.run();
            } catch (InvalidInputException refused) {
                messages.show(refused.violations());
            }
        });
        confirm.setId("confirm-ack");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("cancel-ack");
        getFooter().add(cancel, confirm);
    }
}
