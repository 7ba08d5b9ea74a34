package app.floorplan.ui.questionnaire;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Where a refusal about the form as a whole is shown (e.g. "answer at least one bladder item"), next to the fields it
 * concerns and read out when it appears; empty and hidden otherwise.
 */
final class FormMessage extends Paragraph implements HasValidation {

    private String message = "";
    private boolean invalid;

    FormMessage(String id) {
        setId(id);
        addClassName("fp-form-message");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        message = errorMessage == null ? "" : errorMessage;
        setText(message);
    }

    @Override
    public String getErrorMessage() {
        return message;
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }
}
