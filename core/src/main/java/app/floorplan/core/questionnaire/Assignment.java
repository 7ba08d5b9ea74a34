package app.floorplan.core.questionnaire;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.validation.Violations;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A questionnaire the PT asked the patient to fill in on her phone: once, or every {@code repeatWeeks} weeks from
 * {@code startsOn}. Each due day is an {@link Occurrence}; only the latest one due is open, so a missed one is not
 * stacked up for her. Ending it keeps it on record.
 *
 * @param version optimistic lock: ending an assignment someone else just changed is refused
 */
public record Assignment(
        AssignmentId id,
        PatientId patient,
        Instrument instrument,
        LocalDate startsOn,
        Optional<Integer> repeatWeeks,
        AccountId assignedBy,
        Instant assignedAt,
        Optional<Instant> endedAt,
        int version) {

    /** Repeats run at most yearly; a PT who wants less often assigns again later. */
    public static final int MAX_REPEAT_WEEKS = 52;

    /** How far ahead a first due day may lie. */
    public static final int MAX_DAYS_AHEAD = 365;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public Assignment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(repeatWeeks, "repeatWeeks");
        Objects.requireNonNull(endedAt, "endedAt");
    }

    /** A new assignment, refusing every problem at once. */
    public static Assignment assign(
            AssignmentId id,
            PatientId patient,
            Instrument instrument,
            LocalDate startsOn,
            Optional<Integer> repeatWeeks,
            AccountId by,
            Instant at,
            LocalDate today) {
        new Violations()
                .check(
                        instrument.assignable(),
                        QuestionnaireFields.INSTRUMENT,
                        instrument.label() + " is entered by the physiotherapist, not filled in by the patient: "
                                + instrument.whyNoWording())
                .check(!startsOn.isBefore(today), QuestionnaireFields.STARTS_ON, "Choose today or a later day")
                .check(
                        !startsOn.isAfter(today.plusDays(MAX_DAYS_AHEAD)),
                        QuestionnaireFields.STARTS_ON,
                        "Choose a day within a year")
                .check(
                        repeatWeeks
                                .map(weeks -> weeks >= 1 && weeks <= MAX_REPEAT_WEEKS)
                                .orElse(true),
                        QuestionnaireFields.REPEAT_WEEKS,
                        "Repeat every 1 to " + MAX_REPEAT_WEEKS + " weeks")
                .throwIfAny();
        return new Assignment(id, patient, instrument, startsOn, repeatWeeks, by, at, Optional.empty(), 0);
    }

    public boolean ended() {
        return endedAt.isPresent();
    }

    /** The latest due day on or before today, while the assignment runs. */
    public Optional<Occurrence> latestDue(LocalDate today) {
        if (ended() || today.isBefore(startsOn)) {
            return Optional.empty();
        }
        LocalDate due = repeatWeeks
                .map(weeks -> startsOn.plusWeeks(ChronoUnit.WEEKS.between(startsOn, today) / weeks * weeks))
                .orElse(startsOn);
        return Optional.of(new Occurrence(id, due));
    }

    /** The first due day after today, while the assignment runs. */
    public Optional<LocalDate> nextDueAfter(LocalDate today) {
        if (ended()) {
            return Optional.empty();
        }
        if (today.isBefore(startsOn)) {
            return Optional.of(startsOn);
        }
        return repeatWeeks.map(weeks -> latestDue(today).orElseThrow().dueOn().plusWeeks(weeks));
    }

    /** E.g. "once, on 3 Dec 2026" or "every 4 weeks from 3 Dec 2026". */
    public String schedule() {
        return repeatWeeks
                .map(weeks ->
                        (weeks == 1 ? "every week" : "every " + weeks + " weeks") + " from " + DAY.format(startsOn))
                .orElse("once, on " + DAY.format(startsOn));
    }
}
