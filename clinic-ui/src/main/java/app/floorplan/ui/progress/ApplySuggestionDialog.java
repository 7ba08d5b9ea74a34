package app.floorplan.ui.progress;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.program.HomeProgramVersion;
import app.floorplan.core.program.ProgramFields;
import app.floorplan.core.progress.ProgressReports;
import app.floorplan.core.progress.ProgressionSuggestion;
import app.floorplan.core.validation.EditConflictException;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.ui.form.FieldMessages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Confirms applying a progression suggestion: the changes, and the reason for the new program version, prefilled from
 * the suggestion's reasons and editable. Nothing changes until the PT confirms.
 */
final class ApplySuggestionDialog extends Dialog {

    ApplySuggestionDialog(
            PatientId patient,
            int programVersion,
            ProgressionSuggestion suggestion,
            ProgressReports reports,
            Runnable afterApply) {
        setHeaderTitle("Apply the suggestion?");
        setId("apply-suggestion-dialog");
        UnorderedList changes = new UnorderedList();
        suggestion.changes().forEach(change -> changes.add(new ListItem(change)));
        TextArea reason = new TextArea("Reason for the new program version");
        reason.setId("suggestion-reason");
        reason.setWidthFull();
        reason.setValue(suggestion.versionReason());
        reason.setHelperText(
                "Up to " + HomeProgramVersion.MAX_REASON_LENGTH + " characters; not shown to the patient.");
        var messages = new FieldMessages();
        messages.register(ProgramFields.REASON, reason);
        add(new Paragraph("A new version of the home program is created with these changes:"), changes, reason);
        Button confirm = new Button("Create the new version", click -> {
            try {
                reports.apply(patient, programVersion, reason.getValue());
                close();
                Notification.show("New program version saved", 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                afterApply.run();
            } catch (InvalidInputException refused) {
                messages.show(refused.violations());
            } catch (EditConflictException changed) {
                messages.clear();
                Notification.show(
                                "Someone changed the program meanwhile: close this and look at the program again",
                                8000,
                                Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        confirm.setId("confirm-apply");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("cancel-apply");
        getFooter().add(cancel, confirm);
    }
}
