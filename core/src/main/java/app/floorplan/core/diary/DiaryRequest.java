package app.floorplan.core.diary;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.validation.Violations;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The PT asks the patient to keep her diary for a few days in a row, three by default: long enough to show a pattern,
 * short enough to keep up (clinic rule; bladder diaries commonly run 3 days).
 */
public record DiaryRequest(
        DiaryRequestId id,
        PatientId patient,
        LocalDate startsOn,
        int days,
        AccountId requestedBy,
        Instant requestedAt) {

    public static final int DEFAULT_DAYS = 3;
    public static final int MAX_DAYS = 7;
    public static final int MAX_DAYS_AHEAD = 60;

    public DiaryRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(startsOn, "startsOn");
    }

    public static DiaryRequest request(
            DiaryRequestId id,
            PatientId patient,
            LocalDate startsOn,
            int days,
            AccountId by,
            Instant at,
            LocalDate today) {
        new Violations()
                .check(!startsOn.isBefore(today), DiaryFields.STARTS_ON, "Choose today or a later day")
                .check(
                        !startsOn.isAfter(today.plusDays(MAX_DAYS_AHEAD)),
                        DiaryFields.STARTS_ON,
                        "Choose a day within " + MAX_DAYS_AHEAD + " days")
                .check(days >= 1 && days <= MAX_DAYS, DiaryFields.DAYS, "Ask for 1 to " + MAX_DAYS + " days")
                .throwIfAny();
        return new DiaryRequest(id, patient, startsOn, days, by, at);
    }

    public LocalDate lastDay() {
        return startsOn.plusDays(days - 1L);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(lastDay());
    }

    /** Today's place in the diary, 1 for its first day. */
    public int dayNumber(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(startsOn, date) + 1;
    }

    /** Whether it still concerns her: running, or starting later. */
    public boolean current(LocalDate today) {
        return !today.isAfter(lastDay());
    }
}
