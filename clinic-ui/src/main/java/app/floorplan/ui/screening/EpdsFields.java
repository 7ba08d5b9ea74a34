package app.floorplan.ui.screening;

import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.RedFlagScreen;
import app.floorplan.core.mood.EpdsAnswers;
import app.floorplan.core.mood.EpdsItem;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.ui.form.FieldMessages;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The EPDS of one visit: whether it was done and, if so, the ten item scores as the clinic's scored paper copy gives
 * them. The wording is not shown: it needs the Royal College of Psychiatrists' permission to be republished online
 * ([COX-1987]).
 */
final class EpdsFields extends VerticalLayout {

    private final Checkbox done = new Checkbox("EPDS done at this visit");
    private final Map<EpdsItem, IntegerField> items = new EnumMap<>(EpdsItem.class);
    private final FormLayout scores = new FormLayout();
    private final Paragraph total = new Paragraph();

    EpdsFields(Runnable changed) {
        setPadding(false);
        setSpacing(false);
        done.setId("epds-done");
        Paragraph why = new Paragraph("She fills in the clinic's paper copy; enter each item's score (0-3) from the"
                + " scoring key. FloorPlan does not show the wording: its copyright holder allows copies for a"
                + " clinician's own use but not republication online.");
        why.addClassName("fp-help");
        for (EpdsItem item : EpdsItem.values()) {
            IntegerField field = new IntegerField(item.label());
            field.setId("epds-item-" + item.number());
            field.setStepButtonsVisible(true);
            field.setManualValidation(true);
            field.setHelperText("0-3");
            field.addValueChangeListener(e -> {
                showTotal();
                if (e.isFromClient()) {
                    changed.run();
                }
            });
            items.put(item, field);
            scores.add(field);
        }
        scores.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("50em", 5));
        total.setId("epds-total");
        done.addValueChangeListener(e -> {
            showScores();
            if (e.isFromClient()) {
                changed.run();
            }
        });
        add(done, why, scores, total);
        showScores();
    }

    void show(Optional<EpdsAnswers> stored) {
        done.setValue(stored.isPresent());
        items.forEach((item, field) ->
                field.setValue(stored.map(answers -> answers.itemScore(item)).orElse(null)));
        showScores();
    }

    void clear() {
        done.setValue(false);
        items.values().forEach(IntegerField::clear);
        showScores();
    }

    /** The scores as typed when the EPDS was done; a blank or out-of-range item reaches core, which refuses it. */
    Optional<Map<EpdsItem, Integer>> scores() {
        if (!done.getValue()) {
            return Optional.empty();
        }
        Map<EpdsItem, Integer> entered = new EnumMap<>(EpdsItem.class);
        items.forEach((item, field) -> {
            if (field.getValue() != null) {
                entered.put(item, field.getValue());
            }
        });
        return Optional.of(entered);
    }

    /** The EPDS flags the scores raise once all ten are valid; none before. */
    Set<RedFlag> flags() {
        return valid().map(EpdsAnswers::score).map(RedFlagScreen::epdsFlags).orElse(Set.of());
    }

    private Optional<EpdsAnswers> valid() {
        try {
            return scores().map(EpdsAnswers::new);
        } catch (InvalidInputException incomplete) {
            return Optional.empty();
        }
    }

    void register(FieldMessages messages) {
        items.forEach((item, field) -> messages.register(item.field(), field));
    }

    private void showScores() {
        scores.setVisible(done.getValue());
        showTotal();
    }

    private void showTotal() {
        total.setVisible(done.getValue());
        total.setText(
                valid().map(answers -> answers.score().summary()).orElse("Total: enter all ten item scores (0-3)"));
    }
}
