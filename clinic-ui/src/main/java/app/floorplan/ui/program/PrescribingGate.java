package app.floorplan.ui.program;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.intake.PrescriptionDecision;
import app.floorplan.core.program.ItemDecision;
import app.floorplan.core.program.PrescriptionCheck;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Function;

/**
 * The prescription gate's answer on the program in the form: allowed, or refused with the reasons (the whole program
 * and each refused exercise, also marked on its row), and the exercises to take care with. The PT asks with the check
 * button; the editor also shows the answer on the saved program when it opens.
 */
final class PrescribingGate extends VerticalLayout {

    private final ProgramForm form;
    private final Function<ExerciseId, String> exerciseNames;
    private final Div result = new Div();

    /** @param check runs when the PT asks: reads the form and shows the gate's answer, or the form's refusals */
    PrescribingGate(ProgramForm form, Function<ExerciseId, String> exerciseNames, Runnable check) {
        this.form = form;
        this.exerciseNames = exerciseNames;
        setPadding(false);
        Button ask = new Button("Check against the prescription gate", VaadinIcon.SHIELD.create(), e -> check.run());
        ask.setId("check-gate");
        result.setId("gate-result");
        add(new H3("Prescription gate"), ask, result);
    }

    void clear() {
        result.removeAll();
        result.removeClassName("fp-conflict");
    }

    void show(PrescriptionCheck check) {
        clear();
        form.clearWarnings();
        if (check.isAllowed()) {
            result.add(new Paragraph("The gate allows this program: the intake clears the patient and every"
                    + " exercise passes its precautions."));
        } else {
            UnorderedList reasons = new UnorderedList();
            if (check.program() instanceof PrescriptionDecision.Rejection rejection) {
                reasons.add(new ListItem("Whole program: " + rejection.reason()));
            }
            for (ItemDecision item : check.items()) {
                if (!item.isAllowed()) {
                    reasons.add(new ListItem(
                            exerciseNames.apply(item.exercise()) + ": " + String.join("; ", item.refusals())));
                    form.markRefused(item.position(), String.join(" · ", item.refusals()));
                }
            }
            result.add(
                    new Paragraph("The gate refuses this program; nothing can be saved until it allows it:"), reasons);
            result.addClassName("fp-conflict");
        }
        if (check.hasWarnings()) {
            UnorderedList warnings = new UnorderedList();
            warnings.setId("gate-warnings");
            for (ItemDecision item : check.items()) {
                if (!item.warnings().isEmpty()) {
                    warnings.add(new ListItem(
                            exerciseNames.apply(item.exercise()) + ": " + String.join("; ", item.warnings())));
                    form.markWarning(item.position(), String.join(" · ", item.warnings()));
                }
            }
            result.add(
                    new Paragraph("Take care with these exercises for this patient (they can be saved; you decide):"),
                    warnings);
        }
    }
}
