package app.floorplan.ui.intake;

import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.RedFlagOutcome;
import app.floorplan.core.intake.RedFlagResolution;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.ui.form.FieldMessages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Records that the PT referred the patient to a physician, or cleared her, for the positive red flags listed. The note
 * is mandatory: to whom she was referred, or why the flags are cleared.
 */
final class RedFlagResolutionDialog extends Dialog {

    final RadioButtonGroup<RedFlagOutcome> outcome = new RadioButtonGroup<>("Outcome");
    final TextArea note = new TextArea("Note");
    private final FieldMessages messages = new FieldMessages();

    /**
     * @param save records the outcome and note; refusals from core show in the dialog, which stays open
     */
    RedFlagResolutionDialog(List<RedFlag> covered, BiConsumer<RedFlagOutcome, String> save) {
        setHeaderTitle("Record referral or clearance");
        setId("red-flag-resolution-dialog");
        outcome.setId("resolution-outcome");
        outcome.setItems(RedFlagOutcome.values());
        outcome.setItemLabelGenerator(RedFlagOutcome::label);
        outcome.setRequiredIndicatorVisible(true);
        outcome.setManualValidation(true);
        note.setId("resolution-note");
        note.setRequiredIndicatorVisible(true);
        note.setManualValidation(true);
        note.setMaxLength(RedFlagResolution.MAX_NOTE_LENGTH);
        note.setHelperText("To whom the patient was referred, or why the flags are cleared");
        note.setWidthFull();
        messages.register(RedFlagResolution.FIELD_NOTE, note);

        add(new Paragraph("Covers: " + IntakeText.flags(covered) + "."), outcome, note);
        Button record = new Button("Record", e -> record(save));
        record.setId("record-resolution");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, record);
    }

    private void record(BiConsumer<RedFlagOutcome, String> save) {
        RedFlagOutcome chosen = outcome.getValue();
        if (chosen == null) {
            // a clinical decision is never pre-selected, so it must be chosen here
            outcome.setErrorMessage("Choose whether the patient was referred or cleared");
            outcome.setInvalid(true);
            return;
        }
        outcome.setInvalid(false);
        try {
            save.accept(chosen, note.getValue());
            close();
        } catch (InvalidInputException refused) {
            messages.show(refused.violations());
        }
    }
}
