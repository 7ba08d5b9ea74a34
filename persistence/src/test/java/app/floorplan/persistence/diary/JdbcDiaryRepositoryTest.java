package app.floorplan.persistence.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.diary.BladderEntry;
import app.floorplan.core.diary.BowelEntry;
import app.floorplan.core.diary.BristolType;
import app.floorplan.core.diary.DiaryEntryId;
import app.floorplan.core.diary.DiaryRequest;
import app.floorplan.core.diary.DiaryRequestId;
import app.floorplan.core.diary.LeakTrigger;
import app.floorplan.core.diary.Urination;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.MigratedDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Diary requests and lines on PostgreSQL 17: round trips, idempotent saving, striking out and the CHECKs. */
class JdbcDiaryRepositoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Instant NOW = Instant.parse("2026-11-20T19:00:00Z");

    private final JdbcClient jdbc = MigratedDatabase.jdbc();
    private final JdbcDiaryRepository diary = new JdbcDiaryRepository(jdbc);
    private final Fixtures fixtures = new Fixtures(jdbc);
    private AccountId pia;
    private PatientId anna;

    @BeforeEach
    void aPatientOfAClinic() {
        ClinicId clinic = fixtures.clinic();
        pia = fixtures.pt(clinic, "Pia");
        anna = fixtures.patient(clinic, "Anna", "Berg", LocalDate.of(1992, 3, 14), "+46 70 111 22 33");
    }

    private BladderEntry void_(String time, Integer ml, int urgency, boolean night, Optional<LeakTrigger> leak) {
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
        diary.add(leak);
        diary.add(bowel);
        diary.add(night);

        assertThat(diary.entries(anna, TODAY, TODAY)).containsExactly(night, bowel, leak);
        assertThat(diary.entries(anna, TODAY.minusDays(3), TODAY.minusDays(1))).isEmpty();
    }

    @Test
    void saving_the_same_line_twice_leaves_one_row() {
        var line = void_("07:00", 300, 1, false, Optional.empty());

        assertThat(diary.add(line)).isTrue();
        assertThat(diary.add(line)).isFalse();

        assertThat(diary.entries(anna, TODAY, TODAY)).hasSize(1);
    }

    @Test
    void a_struck_out_line_stays_stored_and_is_struck_out_once() {
        var line = void_("07:00", 300, 1, false, Optional.empty());
        diary.add(line);

        assertThat(diary.strikeOut(line.id(), NOW.plusSeconds(30))).isTrue();
        assertThat(diary.strikeOut(line.id(), NOW.plusSeconds(60))).isFalse();

        assertThat(diary.find(line.id()))
                .hasValueSatisfying(found -> assertThat(found.struckOutAt()).contains(NOW.plusSeconds(30)));
    }

    @Test
    void requests_read_back_newest_first() {
        var first = new DiaryRequest(DiaryRequestId.random(), anna, TODAY, 3, pia, NOW);
        var second = new DiaryRequest(DiaryRequestId.random(), anna, TODAY.plusDays(14), 3, pia, NOW.plusSeconds(60));
        diary.addRequest(first);
        diary.addRequest(second);

        assertThat(diary.requests(anna)).containsExactly(second, first);
    }

    @Test
    void the_database_refuses_lines_outside_their_ranges_or_mixing_bladder_and_bowel() {
        String insert = "insert into diary_entry (id, patient_id, kind, entry_date, entry_time, recorded_at, %s)"
                + " values (gen_random_uuid(), ?, ?, current_date, '08:00', now(), %s)";
        assertThatThrownBy(() -> jdbc.sql(insert.formatted("drink_ml", "2001"))
                        .params(anna.value(), "BLADDER")
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql(insert.formatted("passed_urine, urgency", "true, 5"))
                        .params(anna.value(), "BLADDER")
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql(insert.formatted("passed_urine", "true"))
                        .params(anna.value(), "BLADDER")
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("diary_entry_void");
        assertThatThrownBy(() -> jdbc.sql(insert.formatted("stool_type, drink_ml", "4, 200"))
                        .params(anna.value(), "BOWEL")
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("diary_entry_kind");
        assertThatThrownBy(() -> jdbc.sql(insert.formatted("stool_type", "8"))
                        .params(anna.value(), "BOWEL")
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
