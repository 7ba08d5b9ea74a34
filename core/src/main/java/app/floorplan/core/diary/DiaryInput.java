package app.floorplan.core.diary;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A diary line as the patient filled it in, not yet checked: {@link MyDiary#record} checks it all at once and reports
 * every problem by field ({@link DiaryFields}).
 */
public sealed interface DiaryInput {

    /** Made by her phone when the form opens, so saving twice stores one line. */
    DiaryEntryId id();

    LocalDate date();

    LocalTime time();

    /**
     * @param urgency how urgent it felt, 0-4, when she passed urine
     */
    record Bladder(
            DiaryEntryId id,
            LocalDate date,
            LocalTime time,
            Optional<Integer> drinkMl,
            boolean passedUrine,
            Optional<Integer> voidedMl,
            OptionalInt urgency,
            boolean wokeHer,
            Optional<LeakTrigger> leak,
            boolean padChanged)
            implements DiaryInput {

        public Bladder {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(time, "time");
        }
    }

    record Bowel(DiaryEntryId id, LocalDate date, LocalTime time, Optional<BristolType> stool, boolean straining)
            implements DiaryInput {

        public Bowel {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(time, "time");
        }
    }
}
