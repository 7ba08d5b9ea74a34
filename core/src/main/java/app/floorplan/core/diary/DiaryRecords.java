package app.floorplan.core.diary;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The PT's use cases of a patient's diary: ask her to keep it for some days and read it. Clinical data, so PTs only, and
 * only for their own clinic's patients.
 *
 * <p>Audit: {@code DIARY_REQUESTED} (record = the request), {@code DIARY_VIEWED}.
 */
public class DiaryRecords {

    /** The PT's diary view covers the last year; older diaries are rarely read and stay stored. */
    public static final int HISTORY_DAYS = 365;

    private final DiaryRepository diary;
    private final PatientRepository patients;
    private final ClinicCalendar calendar;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    public DiaryRecords(
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

    /**
     * Asks her to keep the diary from {@code startsOn} for {@code days} days; her phone shows it from then.
     *
     * @throws InvalidInputException for a day in the past or too far ahead, or too many days
     */
    @RolesAllowed("PT")
    @Transactional
    public DiaryRequest request(PatientId patient, LocalDate startsOn, int days) {
        Actor actor = pt(patient);
        var request = DiaryRequest.request(
                DiaryRequestId.random(),
                patient,
                startsOn,
                days,
                actor.accountId(),
                calendar.clock().instant(),
                calendar.today());
        diary.addRequest(request);
        audit.record(actor, AuditAction.DIARY_REQUESTED, patient, request.id().value());
        return request;
    }

    /** Her requests, each day's totals (newest first) and every line of the last year. */
    @RolesAllowed("PT")
    @Transactional
    public DiaryOverview open(PatientId patient) {
        Actor actor = pt(patient);
        LocalDate today = calendar.today();
        List<DiaryEntry> entries = diary.entries(patient, today.minusDays(HISTORY_DAYS), today).stream()
                .sorted(Comparator.comparing(DiaryEntry::date)
                        .thenComparing(DiaryEntry::time)
                        .reversed())
                .toList();
        var overview =
                new DiaryOverview(diary.requests(patient), DiaryDay.of(entries).reversed(), entries);
        audit.record(actor, AuditAction.DIARY_VIEWED, patient);
        return overview;
    }

    private Actor pt(PatientId patient) {
        Actor actor = currentActor.require().requireRole(Role.PT);
        patients.inClinicOf(actor, patient);
        return actor;
    }
}
