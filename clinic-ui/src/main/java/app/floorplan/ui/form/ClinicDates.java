package app.floorplan.ui.form;

import com.vaadin.flow.server.VaadinService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Dates in the staff screens' text (lists, headings, histories) written as the clinic writes them, the same way as in
 * its date fields ({@link ClinicDateFormat}), instead of in whatever language the server happens to run in. Text for
 * patients (words such as "Sunday 22 November"), chart labels and the audit trail's UTC times have their own forms.
 */
public final class ClinicDates {

    private ClinicDates() {}

    /** E.g. "14.3.1992" with the default format. */
    public static String date(LocalDate date) {
        return format().format(date);
    }

    /** E.g. "14.3.2026 09:05" with the default format, in the clinic's time zone. */
    public static String dateTime(Instant at, ZoneId zone) {
        return format().format(at, zone);
    }

    /**
     * The configured format while Vaadin serves a request (every view builds its text then); the default outside one.
     * Looked up rather than handed through each text helper, as {@link DateField} does.
     */
    private static ClinicDateFormat format() {
        VaadinService service = VaadinService.getCurrent();
        return service == null
                ? new ClinicDateFormat()
                : service.getInstantiator().getOrCreate(ClinicDateFormat.class);
    }
}
