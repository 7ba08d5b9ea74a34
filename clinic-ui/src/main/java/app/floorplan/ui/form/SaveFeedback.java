package app.floorplan.ui.form;

import com.vaadin.flow.component.html.Paragraph;

/**
 * What became of a save, placed right next to the save button, where the person's eyes are when they tap it (on a phone
 * the top of the page is out of view by then). Screen readers announce it.
 */
public final class SaveFeedback extends Paragraph {

    public SaveFeedback(String id) {
        setId(id);
        addClassName("fp-save-feedback");
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    public void saved(String text) {
        show(text, "fp-saved", "fp-refused");
    }

    public void refused(String text) {
        show(text, "fp-refused", "fp-saved");
    }

    public void clear() {
        setText("");
        setVisible(false);
    }

    private void show(String text, String kind, String other) {
        setText(text);
        removeClassName(other);
        addClassName(kind);
        setVisible(true);
        scrollIntoView();
    }
}
