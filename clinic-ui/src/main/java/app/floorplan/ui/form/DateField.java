package app.floorplan.ui.form;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The one date field of every form: shows dates in the clinic's format with an example of it under the field, and
 * accepts that format, the browser language's own and ISO ({@link ClinicDateFormat}). The browser parses what is
 * typed, so the formats go to it with the field.
 */
public class DateField extends DatePicker {

    private final LocalDate example;
    private ClinicDateFormat format = new ClinicDateFormat();

    /** @param example a date that fits the field, shown under it as "e.g. 14.3.1992" in the clinic's format */
    public DateField(String label, LocalDate example) {
        super(label);
        this.example = example;
        setHelperText(exampleText());
    }

    /** The message for something typed that is not a date, with the example in the clinic's format. */
    public String typeItLikeTheExample() {
        return "Enter the date like " + format.format(example);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        String shownExample = exampleText();
        // forms are built with 'new' in many places: the clinic's format is looked up once the field is in a UI
        // rather than handed through every form's constructor
        format = attach.getSession().getService().getInstantiator().getOrCreate(ClinicDateFormat.class);
        List<String> accepted = format.accepted(attach.getUI().getLocale());
        DatePickerI18n i18n = new DatePickerI18n();
        i18n.setDateFormats(
                accepted.getFirst(), accepted.subList(1, accepted.size()).toArray(String[]::new));
        setI18n(i18n);
        if (Objects.equals(getHelperText(), shownExample)) {
            setHelperText(exampleText());
        }
    }

    private String exampleText() {
        return "e.g. " + format.format(example);
    }
}
