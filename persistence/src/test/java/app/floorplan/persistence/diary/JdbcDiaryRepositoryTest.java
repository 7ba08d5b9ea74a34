package app.floorplan.persistence.diary;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.diary.DiaryRepository;
import app.floorplan.core.diary.DiaryRepositoryContract;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.MigratedDatabase;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Diary requests and lines on PostgreSQL 17: the contract, and the CHECKs. */
class JdbcDiaryRepositoryTest extends DiaryRepositoryContract {

    private final JdbcClient jdbc = MigratedDatabase.jdbc();
    private final JdbcDiaryRepository diary = new JdbcDiaryRepository(jdbc);
    private final Fixtures fixtures = new Fixtures(jdbc);
    private final ClinicId clinic = fixtures.clinic();

    @Override
    protected DiaryRepository repository() {
        return diary;
    }

    @Override
    protected PatientId newPatient() {
        return fixtures.patient(clinic, "Anna", "Berg", LocalDate.of(1992, 3, 14), "+46 70 111 22 33");
    }

    @Override
    protected AccountId newPt() {
        return fixtures.pt(clinic, "Pia");
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
