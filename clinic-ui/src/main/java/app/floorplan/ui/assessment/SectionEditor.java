package app.floorplan.ui.assessment;

import app.floorplan.core.assessment.Section;
import app.floorplan.core.validation.Violations;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Optional;

/**
 * One collapsible section of the assessment form with its explicit "assessed / not assessed" choice. A section left
 * "not assessed" is recorded as such, never as normal; its fields are disabled but keep what was typed, so switching
 * back loses nothing.
 */
abstract class SectionEditor<T> {

    private final Details details = new Details();
    private final RadioButtonGroup<Boolean> assessed = new RadioButtonGroup<>();
    private final FormLayout values = new FormLayout();
    private final String title;

    /**
     * @param sectionKey core's field key for refusals of the section as a whole (e.g. {@code "caesareanScar"}); shown
     *     at the assessed switch
     */
    SectionEditor(String title, String id, String sectionKey, FormContext form) {
        this.title = title;
        details.setId(id);
        details.setWidthFull();
        assessed.setId(id + "-assessed");
        assessed.setAriaLabel(title + ": assessed or not assessed");
        assessed.setItems(true, false);
        assessed.setItemLabelGenerator(yes -> yes ? "Assessed" : "Not assessed");
        assessed.setValue(false);
        form.field(sectionKey, assessed);
        assessed.addValueChangeListener(e -> showAssessedState());
        values.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        details.add(assessed, values);
        showAssessedState();
    }

    Details component() {
        return details;
    }

    /** The section as recorded: not assessed, or its values; refusals go into {@code violations}. */
    final Section<T> read(Violations violations) {
        if (!isAssessed()) {
            return Section.notAssessed();
        }
        return readValues(violations).map(Section::assessed).orElseGet(Section::notAssessed);
    }

    /** Fills a fresh editor from a stored section. */
    final void show(Section<T> section) {
        section.values().ifPresent(stored -> {
            assessed.setValue(true);
            showValues(stored);
        });
    }

    final boolean isAssessed() {
        return Boolean.TRUE.equals(assessed.getValue());
    }

    final void setOpened(boolean opened) {
        details.setOpened(opened);
    }

    /** The section's own fields, laid out in the section body. */
    protected final void addValues(Component... fields) {
        values.add(fields);
    }

    protected final void addFullWidth(Component field) {
        values.add(field, 2);
    }

    /**
     * The values, or empty with the reasons added to {@code violations}. Violations is shared by the whole form: once it
     * holds anything, nothing is saved, so an editor may answer empty as soon as it is not empty.
     */
    protected abstract Optional<T> readValues(Violations violations);

    protected abstract void showValues(T stored);

    // Disabling the body disables every field in it, including fields a section enables on its own conditions.
    private void showAssessedState() {
        values.setEnabled(isAssessed());
        details.setSummaryText(isAssessed() ? title : title + " · not assessed");
    }

    /** The value of a choice the PT must make in an assessed section, or a refusal next to it. */
    protected static <V> Optional<V> required(Violations violations, HasValue<?, V> field, String key, String message) {
        Optional<V> value = Optional.ofNullable(field.getValue());
        if (value.isEmpty()) {
            violations.add(key, message);
        }
        return value;
    }
}
