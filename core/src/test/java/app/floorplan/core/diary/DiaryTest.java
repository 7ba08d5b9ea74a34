package app.floorplan.core.diary;

import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditEvent;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientDetails;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.testing.PortFake;
import app.floorplan.core.validation.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The bladder and bowel diary: her lines, idempotent saving, striking out, the PT's daily totals and the gates. */
class DiaryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private final ClinicId clinic = ClinicId.random();
    private final PatientId anna = PatientId.random();
    private final PatientId bea = PatientId.random();
    private final Actor annaLogin = new Actor(AccountId.random(), "Anna", Role.PATIENT, clinic, Optional.of(anna));
    private final Actor beaLogin = new Actor(AccountId.random(), "Bea", Role.PATIENT, clinic, Optional.of(bea));
    private final Actor pia = new Actor(AccountId.random(), "Pia", Role.PT, clinic, Optional.empty());
    private final Actor otherPt = new Actor(AccountId.random(), "Olga", Role.PT, ClinicId.random(), Optional.empty());
    private Actor actor = annaLogin;
    private final List<AuditEvent> audit = new ArrayList<>();
    private final InMemoryDiary store = new InMemoryDiary();
    private final ClinicCalendar calendar = new ClinicCalendar(
            Clock.fixed(TODAY.atTime(20, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), ZoneOffset.UTC);
    private final PatientRepository patients =
            PortFake.of(PatientRepository.class, Map.of("findById", args -> Optional.of(patient((PatientId) args[0]))));
    private final AuditTrail trail = new AuditTrail(audit::add, calendar.clock());
    private final MyDiary diary = new MyDiary(store, patients, calendar, () -> actor, trail);
    private final DiaryRecords records = new DiaryRecords(store, patients, calendar, () -> actor, trail);

    private Patient patient(PatientId id) {
        return new Patient(
                id,
                clinic,
                PatientDetails.of("A", "B", LocalDate.of(1990, 1, 1), "", "", "English", Optional.empty(), "", TODAY),
                false,
                0);
    }

    private static DiaryInput.Bladder urine(LocalDate date, String time, Integer ml, int urgency, boolean night) {
        return new DiaryInput.Bladder(
                DiaryEntryId.random(),
                date,
                LocalTime.parse(time),
                Optional.empty(),
                true,
                Optional.ofNullable(ml),
                OptionalInt.of(urgency),
                night,
                Optional.empty(),
                false);
    }

    private static DiaryInput.Bladder drink(LocalDate date, String time, int ml) {
        return new DiaryInput.Bladder(
                DiaryEntryId.random(),
                date,
                LocalTime.parse(time),
                Optional.of(ml),
                false,
                Optional.empty(),
                OptionalInt.empty(),
                false,
                Optional.empty(),
                false);
    }

    private static DiaryInput.Bladder leak(LocalDate date, String time, LeakTrigger trigger) {
        return new DiaryInput.Bladder(
                DiaryEntryId.random(),
                date,
                LocalTime.parse(time),
                Optional.empty(),
                false,
                Optional.empty(),
                OptionalInt.empty(),
                false,
                Optional.of(trigger),
                true);
    }

    @Test
    void the_pt_reads_daily_frequency_night_voids_leaks_and_totals() {
        diary.record(urine(TODAY.minusDays(1), "02:40", 300, 2, true));
        diary.record(urine(TODAY.minusDays(1), "07:10", 420, 3, false));
        diary.record(drink(TODAY.minusDays(1), "07:30", 250));
        diary.record(leak(TODAY.minusDays(1), "11:00", LeakTrigger.COUGH_SNEEZE_LAUGH));
        diary.record(urine(TODAY.minusDays(1), "12:00", null, 1, false));
        diary.record(drink(TODAY, "08:00", 500));
        diary.record(new DiaryInput.Bowel(
                DiaryEntryId.random(), TODAY, LocalTime.of(9, 0), Optional.of(BristolType.TYPE_2), true));
        actor = pia;

        var overview = records.open(anna);

        assertThat(overview.days()).extracting(DiaryDay::date).containsExactly(TODAY, TODAY.minusDays(1));
        DiaryDay yesterday = overview.days().get(1);
        assertThat(yesterday.voids()).isEqualTo(3);
        assertThat(yesterday.nightVoids()).isEqualTo(1);
        assertThat(yesterday.dayVoids()).isEqualTo(2);
        assertThat(yesterday.leaks()).isEqualTo(1);
        assertThat(yesterday.leakTriggers()).containsEntry(LeakTrigger.COUGH_SNEEZE_LAUGH, 1);
        assertThat(yesterday.drinksMl()).isEqualTo(250);
        assertThat(yesterday.measuredVoids()).isEqualTo(2);
        assertThat(yesterday.voidedMl()).isEqualTo(720);
        assertThat(yesterday.largestVoidMl()).contains(420);
        assertThat(yesterday.highestUrgency()).isEqualTo(3);
        assertThat(yesterday.padsChanged()).isEqualTo(1);
        DiaryDay today = overview.days().getFirst();
        assertThat(today.stoolTypes()).containsExactly(BristolType.TYPE_2);
        assertThat(today.straining()).isEqualTo(1);
        assertThat(today.stoolTypes().getFirst().hard()).isTrue();
    }

    @Test
    void saving_the_same_line_twice_stores_it_once_and_audits_it_once() {
        var line = drink(TODAY, "10:00", 200);

        diary.record(line);
        var page = diary.record(line);

        assertThat(page.entries()).hasSize(1);
        assertThat(audit).extracting(AuditEvent::action).containsExactly(AuditAction.DIARY_ENTRY_RECORDED);
    }

    @Test
    void a_struck_out_line_stays_on_record_and_leaves_the_totals() {
        var line = drink(TODAY, "10:00", 200);
        diary.record(line);

        var page = diary.strikeOut(line.id());

        assertThat(page.entries()).singleElement().satisfies(entry -> assertThat(entry.struckOut())
                .isTrue());
        assertThat(page.days()).isEmpty();
    }

    @Test
    void lines_are_for_today_or_yesterday_and_not_later_than_now() {
        assertThat(refusedFields(() -> diary.record(drink(TODAY.minusDays(2), "10:00", 200))))
                .containsExactly(DiaryFields.DATE);
        assertThat(refusedFields(() -> diary.record(drink(TODAY, "21:00", 200))))
                .containsExactly(DiaryFields.TIME);
    }

    @Test
    void an_empty_line_an_impossible_volume_and_a_missing_urgency_are_refused_by_field() {
        var empty = new DiaryInput.Bladder(
                DiaryEntryId.random(),
                TODAY,
                LocalTime.NOON,
                Optional.empty(),
                false,
                Optional.empty(),
                OptionalInt.empty(),
                false,
                Optional.empty(),
                false);
        var tooMuch = new DiaryInput.Bladder(
                DiaryEntryId.random(),
                TODAY,
                LocalTime.NOON,
                Optional.of(5000),
                true,
                Optional.of(2000),
                OptionalInt.empty(),
                false,
                Optional.empty(),
                false);

        assertThat(refusedFields(() -> diary.record(empty))).containsExactly(DiaryFields.ENTRY);
        assertThat(refusedFields(() -> diary.record(tooMuch)))
                .containsExactlyInAnyOrder(DiaryFields.URGENCY, DiaryFields.VOIDED, DiaryFields.DRINK);
        assertThat(refusedFields(() -> diary.record(
                        new DiaryInput.Bowel(DiaryEntryId.random(), TODAY, LocalTime.NOON, Optional.empty(), false))))
                .containsExactly(DiaryFields.STOOL_TYPE);
    }

    @Test
    void another_patient_can_neither_strike_out_nor_reuse_the_id_of_her_line() {
        var line = drink(TODAY, "10:00", 200);
        diary.record(line);
        actor = beaLogin;

        assertThatThrownBy(() -> diary.strikeOut(line.id())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> diary.record(line)).isInstanceOf(AccessRefusedException.class);
        assertThat(diary.open().entries()).isEmpty();
    }

    @Test
    void the_pt_s_request_shows_on_her_diary_and_its_days_are_the_ones_shown() {
        actor = pia;
        records.request(anna, TODAY.minusDays(0), 3);
        actor = annaLogin;

        var page = diary.open();

        assertThat(page.request()).hasValueSatisfying(request -> {
            assertThat(request.dayNumber(TODAY)).isEqualTo(1);
            assertThat(request.lastDay()).isEqualTo(TODAY.plusDays(2));
        });
        assertThat(diary.currentRequest()).isPresent();
    }

    @Test
    void requests_start_today_or_later_and_last_1_to_7_days() {
        actor = pia;

        assertThat(refusedFields(() -> records.request(anna, TODAY.minusDays(1), 8)))
                .containsExactlyInAnyOrder(DiaryFields.STARTS_ON, DiaryFields.DAYS);
    }

    @Test
    void only_pts_of_her_clinic_read_her_diary_and_staff_cannot_write_in_it() {
        actor = otherPt;
        assertThatThrownBy(() -> records.open(anna)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> records.request(anna, TODAY, 3)).isInstanceOf(AccessRefusedException.class);
        actor = pia;
        assertThatThrownBy(() -> diary.record(drink(TODAY, "10:00", 100))).isInstanceOf(AccessRefusedException.class);
        actor = annaLogin;
        assertThatThrownBy(() -> records.open(anna)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void a_line_saved_on_an_earlier_day_can_no_longer_be_struck_out() {
        var old = new BladderEntry(
                DiaryEntryId.random(),
                anna,
                TODAY.minusDays(1),
                LocalTime.NOON,
                Optional.of(100),
                Optional.empty(),
                Optional.empty(),
                false,
                TODAY.minusDays(1).atTime(12, 5).toInstant(ZoneOffset.UTC),
                Optional.empty());
        store.add(old);

        assertThatThrownBy(() -> diary.strikeOut(old.id())).isInstanceOf(InvalidInputException.class);
    }
}
