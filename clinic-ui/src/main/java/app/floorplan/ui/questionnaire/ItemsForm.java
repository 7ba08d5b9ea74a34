package app.floorplan.ui.questionnaire;

import app.floorplan.core.questionnaire.AnswerOption;
import app.floorplan.core.questionnaire.EntryMode;
import app.floorplan.core.questionnaire.Instrument;
import app.floorplan.core.questionnaire.QuestionItem;
import app.floorplan.core.questionnaire.QuestionnaireAnswers;
import app.floorplan.core.questionnaire.QuestionnaireFields;
import app.floorplan.ui.form.FieldMessages;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The PT's fields for one instrument's paper copy, item by item in the printed order: a choice per item (with "not
 * answered"), a PSFS activity in her words with its rating, or the total. Labels are the item number and FloorPlan's
 * topic, never the licensed wording. Field ids: {@code item-<number>}, {@code activity-<number>}.
 */
final class ItemsForm extends FormLayout {

    private final Instrument instrument;
    private final Map<Integer, Select<BigDecimal>> choices = new LinkedHashMap<>();
    private final Map<Integer, BigDecimalField> numbers = new LinkedHashMap<>();
    private final Map<Integer, TextField> names = new LinkedHashMap<>();

    ItemsForm(Instrument instrument, FieldMessages messages) {
        this.instrument = instrument;
        setId("items-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        FormMessage whole = new FormMessage("items-message");
        messages.register(QuestionnaireFields.ANSWERS, whole);
        add(whole, 2);
        for (QuestionItem item : instrument.scoring().items()) {
            if (item.named()) {
                TextField name = new TextField("Activity " + item.number() + " (in her words)");
                name.setId("activity-" + item.number());
                name.setMaxLength(QuestionnaireAnswers.MAX_NAME_LENGTH);
                messages.register(QuestionnaireFields.activity(item.number()), name);
                names.put(item.number(), name);
                add(name);
            }
            if (item.options().isEmpty()) {
                BigDecimalField number = new BigDecimalField(label(item));
                number.setId("item-" + item.number());
                number.setHelperText(item.min().toPlainString() + " to "
                        + item.max().toPlainString() + (item.decimals() > 0 ? ", one decimal" : ", whole numbers"));
                messages.register(item.field(), number);
                numbers.put(item.number(), number);
                add(number);
            } else {
                Select<BigDecimal> choice = new Select<>();
                choice.setLabel(label(item));
                choice.setId("item-" + item.number());
                choice.setItems(item.options().stream().map(AnswerOption::score).toList());
                choice.setItemLabelGenerator(score -> optionLabel(item, score));
                choice.setEmptySelectionAllowed(true);
                choice.setEmptySelectionCaption("Not answered");
                messages.register(item.field(), choice);
                choices.put(item.number(), choice);
                add(choice);
            }
        }
    }

    private String label(QuestionItem item) {
        if (instrument.entryMode() == EntryMode.TOTAL_BY_PT) {
            return instrument.label() + " total (" + instrument.min().toPlainString() + "-"
                    + instrument.max().toPlainString() + ")";
        }
        return item.named()
                ? "Rating of activity " + item.number() + ", 0 to 10"
                : item.heading() + ": " + item.topic();
    }

    private static String optionLabel(QuestionItem item, BigDecimal score) {
        if (score == null) {
            return "Not answered";
        }
        String label = item.answerLabel(score);
        return label.equals(score.toPlainString()) ? label : score.toPlainString() + " · " + label;
    }

    /** The answers as typed; an empty field is an unanswered item. */
    QuestionnaireAnswers answers() {
        var scores = new TreeMap<Integer, BigDecimal>();
        choices.forEach((item, field) -> {
            if (field.getValue() != null) {
                scores.put(item, field.getValue());
            }
        });
        numbers.forEach((item, field) -> {
            if (field.getValue() != null) {
                scores.put(item, field.getValue());
            }
        });
        var named = new TreeMap<Integer, String>();
        names.forEach((item, field) -> named.put(item, field.getValue()));
        return new QuestionnaireAnswers(instrument, scores, named);
    }

    void show(QuestionnaireAnswers answers) {
        choices.forEach((item, field) -> field.setValue(answers.score(item).orElse(null)));
        numbers.forEach((item, field) -> field.setValue(answers.score(item).orElse(null)));
        names.forEach((item, field) -> field.setValue(answers.name(item).orElse("")));
    }
}
