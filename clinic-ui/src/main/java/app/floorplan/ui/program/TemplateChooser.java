package app.floorplan.ui.program;

import app.floorplan.core.program.ProgramContent;
import app.floorplan.core.program.ProgramFields;
import app.floorplan.core.program.ProgramTemplate;
import app.floorplan.core.program.ProgramTemplates;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.core.validation.Violation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The clinic's program templates in the editor: "Start from template" picks one and fills the form (after a confirm
 * when the form has unsaved changes), "Save as template" keeps the form's program, without the patient, under a name.
 * Neither saves the patient's program.
 */
final class TemplateChooser extends HorizontalLayout {

    /** What the chooser needs from the editor. */
    interface Editor {
        /** The program in the form, or empty after the form showed its refusals. */
        Optional<ProgramContent> read();

        boolean hasUnsavedChanges();

        /** Fills the form from the template's program. */
        void startFrom(ProgramTemplate template, ProgramContent content);

        /** Refusals of the program itself (not of the template's name), shown on the form. */
        void refused(List<Violation> violations);
    }

    private final ProgramTemplates templates;
    private final Editor editor;
    private final Dialog nameDialog = new Dialog();
    private final TextField name = new TextField("Template name");
    private final Dialog picker = new Dialog();
    private final ComboBox<ProgramTemplate> choice = new ComboBox<>("Template");
    private final Button saveAs = new Button("Save as template", VaadinIcon.COPY.create(), e -> askName());
    private Optional<ProgramContent> toSave = Optional.empty();

    TemplateChooser(ProgramTemplates templates, Editor editor) {
        this.templates = templates;
        this.editor = editor;
        saveAs.setId("save-as-template");
        Button start = new Button("Start from template", VaadinIcon.FILE_TEXT_O.create(), e -> pick());
        start.setId("start-from-template");
        buildNameDialog();
        buildPicker();
        add(start);
    }

    /** The button that saves the form as a template; the editor places it next to its save button. */
    Button saveAsButton() {
        return saveAs;
    }

    private void buildNameDialog() {
        nameDialog.setHeaderTitle("Save as template");
        nameDialog.setId("template-dialog");
        name.setId(ProgramText.id(ProgramFields.TEMPLATE_NAME));
        name.setMaxLength(ProgramTemplate.MAX_NAME_LENGTH + 10);
        name.setManualValidation(true);
        name.setWidth("28rem");
        name.setPlaceholder("e.g. Early postnatal, after a C-section");
        name.setHelperText("Everyone in your clinic can start programs from it. Write no patient details.");
        Button save = new Button("Save template", e -> saveTemplate());
        save.setId("save-template");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> nameDialog.close());
        nameDialog.add(
                new Paragraph("The program as it stands in the form, without the patient. The patient's program is not"
                        + " saved by this."),
                name);
        nameDialog.getFooter().add(cancel, save);
    }

    private void buildPicker() {
        picker.setHeaderTitle("Start from template");
        picker.setId("template-picker");
        choice.setId("template-choice");
        choice.setItemLabelGenerator(ProgramTemplate::name);
        choice.setWidth("28rem");
        choice.setManualValidation(true);
        Button load = new Button("Fill the form", e -> loadChosen());
        load.setId("load-template");
        load.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> picker.close());
        picker.add(
                new Paragraph("The template fills the form; adapt it to the patient, then save the program."), choice);
        picker.getFooter().add(cancel, load);
    }

    /** Checks the form like a save would, then asks for the template's name. */
    private void askName() {
        toSave = editor.read();
        if (toSave.isEmpty()) {
            return;
        }
        name.setInvalid(false);
        name.setErrorMessage(null);
        nameDialog.open();
    }

    private void saveTemplate() {
        ProgramContent content = toSave.orElseThrow();
        try {
            ProgramTemplate saved = templates.saveAsTemplate(name.getValue(), content);
            nameDialog.close();
            name.clear();
            Notification.show(
                    "Saved as template \"" + saved.name() + "\". The patient's program is not saved yet.",
                    4000,
                    Notification.Position.BOTTOM_START);
        } catch (InvalidInputException refused) {
            List<Violation> others = new ArrayList<>();
            List<String> aboutName = new ArrayList<>();
            for (Violation violation : refused.violations()) {
                if (violation.field().equals(ProgramFields.TEMPLATE_NAME)) {
                    aboutName.add(violation.message());
                } else {
                    others.add(violation);
                }
            }
            name.setErrorMessage(String.join(" · ", aboutName));
            name.setInvalid(!aboutName.isEmpty());
            if (!others.isEmpty()) {
                editor.refused(others);
                if (aboutName.isEmpty()) {
                    nameDialog.close();
                }
            }
        }
    }

    /** Lists the clinic's templates only when asked, so opening the editor reads none. */
    private void pick() {
        List<ProgramTemplate> available = templates.list();
        if (available.isEmpty()) {
            Notification.show(
                    "Your clinic has no templates yet: save a program as a template first.",
                    4000,
                    Notification.Position.MIDDLE);
            return;
        }
        choice.setItems(available);
        choice.clear();
        choice.setInvalid(false);
        picker.open();
    }

    private void loadChosen() {
        ProgramTemplate chosen = choice.getValue();
        if (chosen == null) {
            choice.setErrorMessage("Choose a template");
            choice.setInvalid(true);
            return;
        }
        picker.close();
        if (!editor.hasUnsavedChanges()) {
            startFrom(chosen);
            return;
        }
        ConfirmDialog replace = new ConfirmDialog();
        replace.setId("replace-with-template");
        replace.setHeader("Replace the form with the template?");
        replace.setText("You have changes that are not saved. If the template fills the form they are lost.");
        replace.setCancelable(true);
        replace.setCancelText("Keep my changes");
        replace.setConfirmText("Replace with the template");
        replace.addConfirmListener(e -> startFrom(chosen));
        replace.open();
    }

    private void startFrom(ProgramTemplate chosen) {
        editor.startFrom(chosen, templates.open(chosen.id()).build());
    }
}
