package app.floorplan.core.diary;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DiaryRepository} keeps, the in-memory fake core's tests run on and the PostgreSQL adapter alike:
 * lines read back in time order, a retried line is stored once, a line is struck out once and stays, requests list
 * newest first, and each patient sees only her own.
 */
public abstract class DiaryRepositoryContract {

    protected static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    protected static final Instant NOW = Instant.parse("2026-11-20T19:00:00Z");

    protected PatientId anna;
    protected AccountId pia;

    protected abstract DiaryRepository repository();

    /** A patient of the clinic {@link #newPt} works in. */
    protected abstract PatientId newPatient();

    /** A PT account of the patient's clinic. */
    protected abstract AccountId newPt();

    @BeforeEach
    void aPatientOfAClinic() {
        anna = newPatient();
        pia = newPt();
    }

    @Test
    void bladder_and_bowel_lines_read_back_equal_in_time_order() {
        var night = void_("03:10", 350, 2, true, Optional.empty());
        var leak = void_("11:00", null, 4, false, Optional.of(LeakTrigger.URGE));
        var bowel = new BowelEntry(
                DiaryEntryId.random(),
                anna,
                TODAY,
                LocalTime.of(8, 30),
                BristolType.TYPE_4,
                true,
                NOW,
                Optional.empty());
        repository().add(leak);
        repository().add(bowel);
        repository().add(night);

        assertThat(repository().entries(anna, TODAY, TODAY)).containsExactly(night, bowel, leak);
        assertThat(repository().entries(anna, TODAY.minusDays(3), TODAY.minusDays(1)))
                .isEmpty();
    }

    @Test
    void saving_the_same_line_twice_leaves_one_row() {
        var line = void_("07:00", 300, 1, false, Optional.empty());

        assertThat(repository().add(line)).isTrue();
        assertThat(repository().add(line)).isFalse();

        assertThat(repository().entries(anna, TODAY, TODAY)).hasSize(1);
    }

    @Test
    void a_struck_out_line_stays_stored_and_is_struck_out_once() {
        var line = void_("07:00", 300, 1, false, Optional.empty());
        repository().add(line);

        assertThat(repository().strikeOut(line.id(), NOW.plusSeconds(30))).isTrue();
        assertThat(repository().strikeOut(line.id(), NOW.plusSeconds(60))).isFalse();

        assertThat(repository().find(line.id()))
                .hasValueSatisfying(found -> assertThat(found.struckOutAt()).contains(NOW.plusSeconds(30)));
    }

    @Test
    void requests_read_back_newest_first() {
        var first = new DiaryRequest(DiaryRequestId.random(), anna, TODAY, 3, pia, NOW);
        var second = new DiaryRequest(DiaryRequestId.random(), anna, TODAY.plusDays(14), 3, pia, NOW.plusSeconds(60));
        repository().addRequest(first);
        repository().addRequest(second);

        assertThat(repository().requests(anna)).containsExactly(second, first);
    }

    @Test
    void an_unknown_line_is_not_found_and_cannot_be_struck_out() {
        DiaryEntryId unknown = DiaryEntryId.random();

        assertThat(repository().find(unknown)).isEmpty();
        assertThat(repository().strikeOut(unknown, NOW)).isFalse();
    }

    @Test
    void another_patients_lines_and_requests_never_appear() {
        PatientId bea = newPatient();
        repository().add(void_("07:00", 300, 1, false, Optional.empty()));
        repository().addRequest(new DiaryRequest(DiaryRequestId.random(), anna, TODAY, 3, pia, NOW));

        assertThat(repository().entries(bea, TODAY, TODAY)).isEmpty();
        assertThat(repository().requests(bea)).isEmpty();
    }

    protected final BladderEntry void_(
            String time, Integer ml, int urgency, boolean night, Optional<LeakTrigger> leak) {
        return new BladderEntry(
                DiaryEntryId.random(),
                anna,
                TODAY,
                LocalTime.parse(time),
                Optional.of(250),
                Optional.of(new Urination(Optional.ofNullable(ml), urgency, night)),
                leak,
                leak.isPresent(),
                NOW,
                Optional.empty());
    }
}
