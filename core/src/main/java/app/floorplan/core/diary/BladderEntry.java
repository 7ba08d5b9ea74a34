package app.floorplan.core.diary;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.validation.Violations;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A bladder diary line: a drink, passing urine, a leak and its trigger, a pad changed; any of them at one time.
 *
 * @param drinkMl what she drank, in ml
 */
public record BladderEntry(
        DiaryEntryId id,
        PatientId patient,
        LocalDate date,
        LocalTime time,
        Optional<Integer> drinkMl,
        Optional<Urination> urination,
        Optional<LeakTrigger> leak,
        boolean padChanged,
        Instant recordedAt,
        Optional<Instant> struckOutAt)
        implements DiaryEntry {

    /** A large mug is about 500 ml; a litre at once is possible, more is likelier a typo. */
    public static final int MAX_DRINK_ML = 2000;

    public BladderEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        new Violations()
                .check(
                        drinkMl.map(ml -> ml >= 1 && ml <= MAX_DRINK_ML).orElse(true),
                        DiaryFields.DRINK,
                        "Enter the amount in ml, 1 to " + MAX_DRINK_ML + ", or leave it empty")
                .check(
                        drinkMl.isPresent() || urination.isPresent() || leak.isPresent() || padChanged,
                        DiaryFields.ENTRY,
                        "Record a drink, passing urine, a leak or a pad change")
                .throwIfAny();
    }
}
