package app.floorplan.core.demo;

import app.floorplan.core.diary.BladderEntry;
import app.floorplan.core.diary.BowelEntry;
import app.floorplan.core.diary.BristolType;
import app.floorplan.core.diary.DiaryEntryId;
import app.floorplan.core.diary.DiaryRepository;
import app.floorplan.core.diary.DiaryRequest;
import app.floorplan.core.diary.DiaryRequestId;
import app.floorplan.core.diary.LeakTrigger;
import app.floorplan.core.diary.Urination;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.questionnaire.Assignment;
import app.floorplan.core.questionnaire.AssignmentId;
import app.floorplan.core.questionnaire.AssignmentRepository;
import app.floorplan.core.questionnaire.Instrument;
import app.floorplan.core.questionnaire.Occurrence;
import app.floorplan.core.questionnaire.QuestionnaireAnswers;
import app.floorplan.core.questionnaire.QuestionnaireResponse;
import app.floorplan.core.questionnaire.ResponseId;
import app.floorplan.core.questionnaire.ResponseRepository;
import app.floorplan.core.questionnaire.ResponseSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Outcome measures for the demo: Anna answered the PFDI-20 on her phone eight and four weeks ago (her symptoms eased by
 * more than the minimal important change) and the next one is due today; her PT entered a PSFS and an EPDS at the first
 * visit; she keeps a three-day bladder and bowel diary that started yesterday. Bea has one ODI. Relative to today, like
 * the rest of the demo; the PFDI-20 due today is left for the person trying the demo.
 */
final class DemoOutcomes {

    private final AssignmentRepository assignments;
    private final ResponseRepository responses;
    private final DiaryRepository diary;
    private final LocalDate today;
    private final ZoneId zone;

    DemoOutcomes(AssignmentRepository assignments, ResponseRepository responses, DiaryRepository diary, Clock clock) {
        this.assignments = assignments;
        this.responses = responses;
        this.diary = diary;
        this.today = LocalDate.now(clock);
        this.zone = clock.getZone();
    }

    /** @param login her own account, which sent the PFDI-20s from her phone */
    void anna(PatientId anna, AccountId login, AccountId pt) {
        LocalDate start = today.minusWeeks(8);
        var pfdi = new Assignment(
                AssignmentId.random(),
                anna,
                Instrument.PFDI_20,
                start,
                Optional.of(4),
                pt,
                at(start, 9),
                Optional.empty(),
                0);
        assignments.add(pfdi);
        // bother per item, items 1-20: prolapse and bladder symptoms that ease; her bowel was never much of a problem
        respond(anna, login, pfdi, start, new int[] {2, 3, 1, 0, 2, 0, 1, 1, 0, 0, 2, 0, 1, 0, 2, 3, 3, 2, 1, 2});
        respond(anna, login, pfdi, start.plusWeeks(4), new int[] {
            1, 1, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 2, 1, 0, 1
        });
        paper(
                anna,
                pt,
                start,
                new QuestionnaireAnswers(
                        Instrument.PSFS,
                        new TreeMap<>(
                                Map.of(1, BigDecimal.valueOf(3), 2, BigDecimal.valueOf(4), 3, BigDecimal.valueOf(5))),
                        Map.of(1, "Lifting the car seat", 2, "Feeding in the armchair", 3, "Walking 30 minutes")));
        paper(
                anna,
                pt,
                start.plusWeeks(6),
                new QuestionnaireAnswers(
                        Instrument.PSFS,
                        new TreeMap<>(
                                Map.of(1, BigDecimal.valueOf(6), 2, BigDecimal.valueOf(7), 3, BigDecimal.valueOf(8))),
                        Map.of(1, "Lifting the car seat", 2, "Feeding in the armchair", 3, "Walking 30 minutes")));
        paper(anna, pt, start, QuestionnaireAnswers.ofInts(Instrument.EPDS, items(1, 1, 1, 2, 1, 1, 1, 1, 0, 0)));
        diaryOf(anna, pt);
    }

    void bea(PatientId bea, AccountId pt) {
        paper(bea, pt, today.minusWeeks(3), QuestionnaireAnswers.total(Instrument.ODI, new BigDecimal("32")));
    }

    private void diaryOf(PatientId anna, AccountId pt) {
        LocalDate yesterday = today.minusDays(1);
        diary.addRequest(
                new DiaryRequest(DiaryRequestId.random(), anna, yesterday, 3, pt, at(yesterday.minusDays(6), 10)));
        void_(anna, yesterday, "02:50", 320, 2, true);
        drink(anna, yesterday, "07:00", 300);
        void_(anna, yesterday, "07:05", 450, 3, false);
        bladder(
                anna,
                yesterday,
                "10:30",
                Optional.empty(),
                Optional.empty(),
                Optional.of(LeakTrigger.COUGH_SNEEZE_LAUGH),
                true);
        drink(anna, yesterday, "12:30", 250);
        void_(anna, yesterday, "13:10", 280, 1, false);
        drink(anna, yesterday, "16:00", 200);
        void_(anna, yesterday, "17:45", 0, 2, false);
        drink(anna, yesterday, "19:00", 300);
        void_(anna, yesterday, "22:30", 350, 1, false);
        diary.add(new BowelEntry(
                DiaryEntryId.random(),
                anna,
                yesterday,
                LocalTime.of(8, 15),
                BristolType.TYPE_3,
                true,
                at(yesterday, 8),
                Optional.empty()));
        void_(anna, today, "03:20", 300, 2, true);
        drink(anna, today, "07:10", 250);
    }

    private void drink(PatientId patient, LocalDate date, String time, int ml) {
        bladder(patient, date, time, Optional.of(ml), Optional.empty(), Optional.empty(), false);
    }

    /** A void; a volume of 0 means she did not measure it. */
    private void void_(PatientId patient, LocalDate date, String time, int ml, int urgency, boolean night) {
        bladder(
                patient,
                date,
                time,
                Optional.empty(),
                Optional.of(new Urination(ml == 0 ? Optional.empty() : Optional.of(ml), urgency, night)),
                Optional.empty(),
                false);
    }

    private void bladder(
            PatientId patient,
            LocalDate date,
            String time,
            Optional<Integer> drink,
            Optional<Urination> urination,
            Optional<LeakTrigger> leak,
            boolean pad) {
        LocalTime at = LocalTime.parse(time);
        diary.add(new BladderEntry(
                DiaryEntryId.random(),
                patient,
                date,
                at,
                drink,
                urination,
                leak,
                pad,
                date.atTime(at).atZone(zone).toInstant(),
                Optional.empty()));
    }

    private void respond(PatientId patient, AccountId login, Assignment assignment, LocalDate on, int[] bother) {
        var occurrence = new Occurrence(assignment.id(), on);
        var items = new HashMap<Integer, Integer>();
        for (int item = 1; item <= bother.length; item++) {
            items.put(item, bother[item - 1]);
        }
        responses.submit(QuestionnaireResponse.first(
                occurrence.responseId(),
                patient,
                Optional.of(occurrence),
                on,
                ResponseSource.PATIENT,
                QuestionnaireAnswers.ofInts(Instrument.PFDI_20, items),
                login,
                at(on, 20),
                today));
    }

    private void paper(PatientId patient, AccountId pt, LocalDate on, QuestionnaireAnswers answers) {
        responses.submit(QuestionnaireResponse.first(
                ResponseId.random(),
                patient,
                Optional.empty(),
                on,
                ResponseSource.PAPER,
                answers,
                pt,
                at(on, 11),
                today));
    }

    private static Map<Integer, Integer> items(int... scores) {
        var items = new HashMap<Integer, Integer>();
        for (int item = 1; item <= scores.length; item++) {
            items.put(item, scores[item - 1]);
        }
        return items;
    }

    private Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(zone).toInstant();
    }
}
