package app.floorplan.ui.screening;

import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.RedFlagLedger;
import app.floorplan.core.intake.RedFlagOutcome;
import app.floorplan.core.intake.RedFlagResolution;
import app.floorplan.core.intake.ReferralRecipient;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.ui.form.FieldMessages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Records an outcome for positive red flags of one visit: a referral with its urgency and to whom, or a clearance. The
 * PT chooses the flags it is about (each may need its own urgency). No urgency is pre-selected: it is a clinical
 * decision; the flags' usual urgency is shown as a hint.
 */
final class RedFlagOutcomeDialog extends Dialog {

    /** Records the outcome; refusals from core show in the dialog, which stays open with what was typed. */
    @FunctionalInterface
    interface Recorder {
        void record(RedFlagOutcome outcome, Set<RedFlag> flags, Optional<ReferralRecipient> to, String note);
    }

    final CheckboxGroup<RedFlag> flags = new CheckboxGroup<>("Red flags this outcome is about");
    final RadioButtonGroup<RedFlagOutcome> outcome = new RadioButtonGroup<>("Outcome and urgency");
    final Select<ReferralRecipient> to = new Select<>();
    final TextArea note = new TextArea("Note");
    private final FieldMessages messages = new FieldMessages();

    RedFlagOutcomeDialog(String visit, java.util.List<RedFlagLedger.Entry> entries, Recorder recorder) {
        setHeaderTitle("Record an outcome · " + visit);
        setId("red-flag-outcome-dialog");
        setWidth("min(40rem, 95vw)");
        flags.setId("outcome-flags");
        flags.setItems(entries.stream().map(RedFlagLedger.Entry::flag).toList());
        flags.setItemLabelGenerator(RedFlag::label);
        flags.setValue(entries.stream()
                .filter(RedFlagLedger.Entry::blocksPrescribing)
                .map(RedFlagLedger.Entry::flag)
                .collect(Collectors.toSet()));
        outcome.setId("outcome-urgency");
        outcome.setItems(Arrays.stream(RedFlagOutcome.values())
                .filter(RedFlagOutcome::recordable)
                .toList());
        outcome.setItemLabelGenerator(RedFlagOutcome::label);
        outcome.setRequiredIndicatorVisible(true);
        outcome.setHelperText("Usually: "
                + entries.stream()
                        .map(entry -> entry.flag().suggestedOutcome().label())
                        .distinct()
                        .collect(Collectors.joining("; "))
                + ". A routine referral or a clearance lets prescribing go on; after an emergency or urgent referral,"
                + " record its result when you know it.");
        to.setId("outcome-to");
        to.setLabel("Referred to");
        to.setItems(ReferralRecipient.values());
        // Select hands the empty "Choose" item to the label generator as null.
        to.setItemLabelGenerator(recipient -> recipient == null ? "Choose" : recipient.label());
        to.setEmptySelectionAllowed(true);
        to.setEmptySelectionCaption("Choose");
        to.setVisible(false);
        outcome.addValueChangeListener(
                e -> to.setVisible(e.getValue() != null && e.getValue().isReferral()));
        note.setId("outcome-note");
        note.setRequiredIndicatorVisible(true);
        note.setMaxLength(RedFlagResolution.MAX_NOTE_LENGTH);
        note.setHelperText("What was done and by whom (e.g. the physician's name), or why the flags are cleared");
        note.setWidthFull();
        messages.register(RedFlagResolution.FIELD_FLAGS, flags);
        messages.register(RedFlagResolution.FIELD_OUTCOME, outcome);
        messages.register(RedFlagResolution.FIELD_TO, to);
        messages.register(RedFlagResolution.FIELD_NOTE, note);
        flags.setManualValidation(true);
        outcome.setManualValidation(true);
        to.setManualValidation(true);
        note.setManualValidation(true);

        add(flags, outcome, to, note);
        Button record = new Button("Record outcome", e -> record(recorder));
        record.setId("record-outcome");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, record);
    }

    private void record(Recorder recorder) {
        messages.clear();
        RedFlagOutcome chosen = outcome.getValue();
        if (chosen == null) {
            outcome.setErrorMessage("Choose the outcome and its urgency");
            outcome.setInvalid(true);
            return;
        }
        try {
            Optional<ReferralRecipient> recipient =
                    chosen.isReferral() ? Optional.ofNullable(to.getValue()) : Optional.empty();
            recorder.record(chosen, flags.getValue(), recipient, note.getValue());
            close();
        } catch (InvalidInputException refused) {
            messages.show(refused.violations());
        }
    }
}
