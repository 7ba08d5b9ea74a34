package app.floorplan.ui.program;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.program.ProgramContentDraft.ItemDraft;
import app.floorplan.core.program.ProgramFields;
import app.floorplan.core.program.ProgramItem;
import app.floorplan.core.validation.Violations;
import app.floorplan.ui.exercise.DosageEditor;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * One exercise of the program being edited: its dosage as first-class inputs with the patient's wording shown as it is
 * typed ({@link DosageEditor}), the PT's note, the gate's refusal or warning if any, and buttons to move or remove it.
 */
final class ItemEditor extends VerticalLayout {

    /** Where the row's move and remove buttons report. */
    interface Moves {
        void move(ItemEditor row, int by);

        void remove(ItemEditor row);
    }

    private final ExerciseId exercise;
    private final Span refusal = new Span();
    private final Span warning = new Span();
    private final DosageEditor dosage = new DosageEditor();
    private final TextArea note = new TextArea("Note to the patient");
    private final Button up = new Button(VaadinIcon.ARROW_UP.create());
    private final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    private final Button remove = new Button("Remove", VaadinIcon.TRASH.create());

    ItemEditor(ExerciseId exercise, String name, Dosage start, String noteText, Moves moves, Runnable changed) {
        this.exercise = exercise;
        setPadding(true);
        setSpacing(false);
        getStyle()
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        H4 title = new H4(name);
        refusal.setVisible(false);
        refusal.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        warning.setVisible(false);
        warning.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-body-text-color))");
        note.setMaxLength(ProgramItem.MAX_NOTE_LENGTH + 10);
        note.setWidthFull();
        note.setValue(noteText);
        dosage.show(start);
        // several exercises on one page: each input names its exercise for a screen reader
        dosage.nameInputsAfter(name);
        note.setAriaLabel(name + ": note to the patient");
        up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        up.setTooltipText("Move up");
        up.addClickListener(e -> moves.move(this, -1));
        down.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        down.setTooltipText("Move down");
        down.addClickListener(e -> moves.move(this, 1));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> moves.remove(this));

        HorizontalLayout head = new HorizontalLayout(title, up, down, remove);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.expand(title);
        head.setWidthFull();
        add(head, refusal, warning, dosage, note);
        dosage.onChange(changed);
        note.addValueChangeListener(e -> changed.run());
    }

    ExerciseId exercise() {
        return exercise;
    }

    /** Gives the inputs the ids of this position ("program-items-2-dosage-sets") and registers them by core's keys. */
    void placeAt(int position, int count, BiConsumer<String, HasValidation> register) {
        String item = ProgramFields.item(position);
        setId(ProgramText.id(item));
        refusal.setId(ProgramText.id(item) + "-refusal");
        warning.setId(ProgramText.id(item) + "-warning");
        up.setId(ProgramText.id(item) + "-up");
        down.setId(ProgramText.id(item) + "-down");
        remove.setId(ProgramText.id(item) + "-remove");
        up.setEnabled(position > 0);
        down.setEnabled(position < count - 1);
        dosage.place(item + ".", register);
        String noteKey = ProgramFields.itemNote(position);
        note.setId(ProgramText.id(noteKey));
        register.accept(noteKey, note);
    }

    /** The row as typed, for the program draft; a half-typed range is reported under this position's key. */
    ItemDraft read(Violations found, int position) {
        return new ItemDraft(exercise, dosage.read(found, ProgramFields.item(position) + "."), note.getValue());
    }

    /** Marks the row as needing care for this patient, with the reasons (it can still be saved); null clears it. */
    void showWarning(@Nullable String reasons) {
        warning.setText(reasons == null ? "" : reasons);
        warning.setVisible(reasons != null);
    }

    /** Marks the row as refused by the gate (or an unknown exercise), with the reasons; null clears it. */
    void showRefusal(@Nullable String reasons) {
        refusal.setText(reasons == null ? "" : "Refused: " + reasons);
        refusal.setVisible(reasons != null);
    }
}
