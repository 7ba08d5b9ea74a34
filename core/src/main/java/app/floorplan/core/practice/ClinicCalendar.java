package app.floorplan.core.practice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The clinic's calendar: which day it is where the clinic and its patients are, whatever zone the server runs in. A
 * practice day starts and ends at the clinic's local midnight.
 */
public record ClinicCalendar(Clock clock, ZoneId zone) {

    public ClinicCalendar {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
