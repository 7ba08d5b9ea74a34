package app.floorplan.core.diary;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.core.validation.Violations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The patient's use cases of her bladder and bowel diary: open it, add a line, strike out a line she got wrong today.
 * Patients only, and only their own record, taken from the login. Lines are for today or yesterday (a night she
 * records in the morning); saving the same line twice stores it once.
 *
 * <p>Audit: {@code DIARY_VIEWED}; {@code DIARY_ENTRY_RECORDED} and {@code DIARY_ENTRY_STRUCK_OUT} (record = the line).
 */
public class MyDiary {

    private final DiaryRepository diary;
    private final PatientRepository patients;
    private final ClinicCalendar calendar;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    public MyDiary(
            DiaryRepository diary,
            PatientRepository patients,
            ClinicCalendar calendar,
            CurrentActor currentActor,
            AuditTrail audit) {
        this.diary = diary;
        this.patients = patients;
        this.calendar = calendar;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    /** Her current request and the lines of its days (else of today and yesterday). */
    @RolesAllowed("PATIENT")
    @Transactional
    public DiaryPage open() {
        Actor actor = patient();
        PatientId own = own(actor);
        DiaryPage page = page(own);
        audit.record(actor, AuditAction.DIARY_VIEWED, own);
        return page;
    }

    /** The PT's request that still concerns her (running or starting later), without reading her lines. */
    @RolesAllowed("PATIENT")
    @Transactional
    public Optional<DiaryRequest> currentRequest() {
        PatientId own = own(patient());
        LocalDate today = calendar.today();
        return currentRequest(own, today);
    }

    /**
     * Adds a line, or does nothing when this line was saved before.
     *
     * @throws InvalidInputException with every problem by field ({@link DiaryFields}); nothing is saved
     */
    @RolesAllowed("PATIENT")
    @Transactional
    public DiaryPage record(DiaryInput input) {
        Actor actor = patient();
        PatientId own = own(actor);
        Optional<DiaryEntry> stored = diary.find(input.id());
        if (stored.isPresent()) {
            if (!stored.get().patient().equals(own)) {
                throw new AccessRefusedException("diary line of another patient");
            }
            return page(own);
        }
        DiaryEntry entry = entry(own, input);
        if (diary.add(entry)) {
            audit.record(
                    actor, AuditAction.DIARY_ENTRY_RECORDED, own, entry.id().value());
        }
        return page(own);
    }

    /**
     * Strikes out a line she saved today: it stays on record and leaves the day's totals.
     *
     * @throws InvalidInputException for a line saved on an earlier day
     */
    @RolesAllowed("PATIENT")
    @Transactional
    public DiaryPage strikeOut(DiaryEntryId id) {
        Actor actor = patient();
        PatientId own = own(actor);
        DiaryEntry entry = diary.find(id)
                .filter(found -> found.patient().equals(own))
                .orElseThrow(() -> new AccessRefusedException("diary line of another patient"));
        LocalDate savedOn = LocalDate.ofInstant(entry.recordedAt(), calendar.zone());
        if (!savedOn.equals(calendar.today())) {
            throw new InvalidInputException(
                    DiaryFields.ENTRY,
                    "Only lines saved today can be struck out; ask your physiotherapist about older ones");
        }
        if (diary.strikeOut(id, calendar.clock().instant())) {
            audit.record(actor, AuditAction.DIARY_ENTRY_STRUCK_OUT, own, id.value());
        }
        return page(own);
    }

    private DiaryPage page(PatientId own) {
        LocalDate today = calendar.today();
        Optional<DiaryRequest> request = currentRequest(own, today);
        LocalDate from = request.map(DiaryRequest::startsOn)
                .filter(start -> !start.isAfter(today))
                .orElse(today.minusDays(1));
        LocalDate to = request.map(DiaryRequest::lastDay)
                .filter(last -> last.isBefore(today))
                .orElse(today);
        List<DiaryEntry> entries = diary.entries(own, from, to).stream()
                .sorted(Comparator.comparing(DiaryEntry::date)
                        .thenComparing(DiaryEntry::time)
                        .reversed())
                .toList();
        return new DiaryPage(today, request, entries, DiaryDay.of(entries).reversed());
    }

    private Optional<DiaryRequest> currentRequest(PatientId own, LocalDate today) {
        return diary.requests(own).stream()
                .filter(request -> request.current(today))
                .min(Comparator.comparing(DiaryRequest::startsOn));
    }

    private DiaryEntry entry(PatientId own, DiaryInput input) {
        LocalDate today = calendar.today();
        var violations = new Violations()
                .check(
                        input.date().equals(today) || input.date().equals(today.minusDays(1)),
                        DiaryFields.DATE,
                        "Record today or yesterday")
                .check(
                        !input.date().equals(today)
                                || !input.time()
                                        .isAfter(LocalTime.now(calendar.clock().withZone(calendar.zone()))),
                        DiaryFields.TIME,
                        "The time cannot be later than now");
        var at = calendar.clock().instant();
        Optional<DiaryEntry> entry =
                switch (input) {
                    case DiaryInput.Bladder bladder -> {
                        violations.check(
                                !bladder.passedUrine() || bladder.urgency().isPresent(),
                                DiaryFields.URGENCY,
                                "Choose how urgent it felt");
                        Optional<Urination> urination = bladder.passedUrine()
                                ? violations.attempt(() -> new Urination(
                                        bladder.voidedMl(), bladder.urgency().orElse(0), bladder.wokeHer()))
                                : Optional.empty();
                        yield violations.attempt(() -> new BladderEntry(
                                bladder.id(),
                                own,
                                bladder.date(),
                                bladder.time(),
                                bladder.drinkMl(),
                                urination,
                                bladder.leak(),
                                bladder.padChanged(),
                                at,
                                Optional.empty()));
                    }
                    case DiaryInput.Bowel bowel -> {
                        violations.check(
                                bowel.stool().isPresent(), DiaryFields.STOOL_TYPE, "Choose the stool type, 1 to 7");
                        yield bowel.stool()
                                .map(stool -> new BowelEntry(
                                        bowel.id(),
                                        own,
                                        bowel.date(),
                                        bowel.time(),
                                        stool,
                                        bowel.straining(),
                                        at,
                                        Optional.empty()));
                    }
                };
        violations.throwIfAny();
        return entry.orElseThrow();
    }

    private PatientId own(Actor actor) {
        return patients.ownRecordOf(actor).id();
    }

    private Actor patient() {
        return currentActor.require().requireRole(Role.PATIENT);
    }
}
