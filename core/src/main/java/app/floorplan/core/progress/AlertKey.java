package app.floorplan.core.progress;

import app.floorplan.core.identity.PatientId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What identifies an alert, derived from the log alone: the same log gives the same key, so acknowledging twice is one
 * acknowledgement. One logged day is one alert whatever its reasons, so the PT acknowledges a day once; a correction of
 * that day that adds a reason does not reopen it (she reads the day's current reasons in the list).
 *
 * @param day the logged day; for {@link AlertSubject#NO_RECENT_LOG} the last logged day (or the program's start when
 *     she never logged), so a new silence after she logged again is a new alert
 */
public record AlertKey(PatientId patient, AlertSubject subject, LocalDate day) {

    public AlertKey {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(day, "day");
    }

    public static AlertKey loggedDay(PatientId patient, LocalDate day) {
        return new AlertKey(patient, AlertSubject.LOGGED_DAY, day);
    }
}
