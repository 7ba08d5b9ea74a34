package app.floorplan.ui.questionnaire;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.questionnaire.Instrument;
import app.floorplan.core.questionnaire.QuestionnaireFields;
import app.floorplan.core.questionnaire.QuestionnaireRecords;
import app.floorplan.core.questionnaire.QuestionnaireResponse;
import app.floorplan.core.record.Revision;
import app.floorplan.core.validation.EditConflictException;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.core.validation.Violation;
import app.floorplan.ui.form.FieldMessages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Enters a paper copy of any instrument, or corrects a stored response as a new version with a reason. Choosing the
 * instrument builds its item fields; why FloorPlan shows no wording stands above them. A refusal is marked next to each
 * field and nothing typed is lost; a response corrected by someone else meanwhile says so.
 */
final class PaperCopyDialog extends Dialog {

    private final PatientId patient;
    private final QuestionnaireRecords records;
    private final Runnable afterSave;
    private final Optional<QuestionnaireResponse> correcting;
    private final FieldMessages messages = new FieldMessages();
    private final Select<Instrument> instrument = new Select<>();
    private final DatePicker answeredOn = new DatePicker("Day she answered it");
    private final TextArea reason = new TextArea("Why it is corrected");
    private final Paragraph licence = new Paragraph();
    private final Div items = new Div();
    private final Paragraph status = new Paragraph();
    private Optional<ItemsForm> form = Optional.empty();

    /** A new paper copy. */
    static PaperCopyDialog enter(PatientId patient, QuestionnaireRecords records, LocalDate today, Runnable afterSave) {
        return new PaperCopyDialog(patient, records, today, afterSave, Optional.empty());
    }

    /** A correction of the current version of a response. */
    static PaperCopyDialog correct(
            PatientId patient,
            QuestionnaireRecords records,
            LocalDate today,
            QuestionnaireResponse current,
            Runnable afterSave) {
        return new PaperCopyDialog(patient, records, today, afterSave, Optional.of(current));
    }

    private PaperCopyDialog(
            PatientId patient,
            QuestionnaireRecords records,
            LocalDate today,
            Runnable afterSave,
            Optional<QuestionnaireResponse> correcting) {
        this.patient = patient;
        this.records = records;
        this.afterSave = afterSave;
        this.correcting = correcting;
        setId("paper-copy-dialog");
        setHeaderTitle(correcting.isPresent() ? "Correct the questionnaire" : "Enter a paper copy");
        setWidth("min(56rem, 100vw)");
        instrument.setLabel("Questionnaire");
        instrument.setId("paper-instrument");
        instrument.setItems(Instrument.values());
        instrument.setItemLabelGenerator(found -> found.label() + " · " + found.fullName());
        instrument.addValueChangeListener(change -> build(change.getValue()));
        messages.register(QuestionnaireFields.INSTRUMENT, instrument);
        answeredOn.setId("paper-answered-on");
        answeredOn.setMax(today);
        answeredOn.setValue(today);
        messages.register(QuestionnaireFields.ANSWERED_ON, answeredOn);
        reason.setId("revision-reason");
        reason.setWidthFull();
        reason.setMaxLength(Revision.MAX_REASON_LENGTH);
        reason.setHelperText("E.g. \"Item 7 was transcribed as 3, the paper says 1\".");
        reason.setVisible(correcting.isPresent());
        messages.register("revision.reason", reason);
        licence.addClassName("fp-muted");
        licence.setId("paper-licence");
        status.setId("paper-status");
        status.getElement().setAttribute("aria-live", "polite");
        add(instrument, answeredOn, licence, items, reason, status);
        Button save = new Button(correcting.isPresent() ? "Save correction" : "Save", click -> save());
        save.setId("save-paper-copy");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("cancel-paper-copy");
        getFooter().add(cancel, save);
        correcting.ifPresent(current -> {
            instrument.setValue(current.instrument());
            instrument.setReadOnly(true);
            answeredOn.setValue(current.answeredOn());
            form.ifPresent(found -> found.show(current.answers()));
        });
    }

    private void build(Instrument chosen) {
        items.removeAll();
        form = Optional.empty();
        if (chosen == null) {
            licence.setText("");
            return;
        }
        licence.setText("No question wording shown: " + chosen.whyNoWording());
        ItemsForm fields = new ItemsForm(chosen, messages);
        items.add(fields);
        form = Optional.of(fields);
    }

    private void save() {
        if (form.isEmpty()) {
            messages.show(List.of(new Violation(QuestionnaireFields.INSTRUMENT, "Choose the questionnaire")));
            return;
        }
        try {
            LocalDate day = answeredOn.getValue();
            if (day == null) {
                throw new InvalidInputException(QuestionnaireFields.ANSWERED_ON, "Enter the day she answered it");
            }
            var answers = form.get().answers();
            if (correcting.isPresent()) {
                QuestionnaireResponse current = correcting.get();
                records.correct(patient, current.id(), current.revision().number(), day, answers, reason.getValue());
            } else {
                records.enter(patient, day, answers);
            }
            close();
            afterSave.run();
        } catch (InvalidInputException refused) {
            status.setText("Please check the marked fields.");
            messages.show(refused.violations());
        } catch (EditConflictException changed) {
            status.setText("Someone else saved this questionnaire since you opened it. Close this window to see the"
                    + " current version; what you typed is still here.");
        }
    }
}
