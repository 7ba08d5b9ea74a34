package app.floorplan.core.outcome;

import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.AssessmentRepository;
import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.PracticeLogRepository;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramRepository;
import app.floorplan.core.progress.Adherence;
import app.floorplan.core.questionnaire.Instrument;
import app.floorplan.core.questionnaire.ResponseRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Progress over time: a patient's measures as series for the PT's Progress tab, the first-versus-latest summary the PT
 * prints, and the patient's own measures on her phone. The EPDS series joins the questionnaires' totals and those the
 * red-flag screen asked at the intake and at visits, each value naming its source. The PT sees everything of her own clinic's patients; the patient
 * sees the questionnaires she can read about herself (not the EPDS, which her PT goes through with her) and the pain she
 * logged.
 *
 * <p>Cost: a bounded number of statements whatever the number of points (responses, assessments, intake versions,
 * program, log).
 * Audit: {@code OUTCOMES_VIEWED} (the PT's tab and the patient's page), {@code PROGRESS_SUMMARY_VIEWED}.
 */
public class OutcomeTimelines {

    private final PatientRepository patients;
    private final ResponseRepository responses;
    private final AssessmentRepository assessments;
    private final IntakeRepository intakes;
    private final HomeProgramRepository programs;
    private final PracticeLogRepository practice;
    private final ClinicCalendar calendar;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    public OutcomeTimelines(
            PatientRepository patients,
            ResponseRepository responses,
            AssessmentRepository assessments,
            IntakeRepository intakes,
            HomeProgramRepository programs,
            PracticeLogRepository practice,
            ClinicCalendar calendar,
            CurrentActor currentActor,
            AuditTrail audit) {
        this.patients = patients;
        this.responses = responses;
        this.assessments = assessments;
        this.intakes = intakes;
        this.programs = programs;
        this.practice = practice;
        this.calendar = calendar;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    /** Every measure of the patient over time. */
    @RolesAllowed("PT")
    @Transactional
    public OutcomeTimeline open(PatientId patient) {
        Actor actor = pt(patient);
        OutcomeTimeline timeline = timeline(patient);
        audit.record(actor, AuditAction.OUTCOMES_VIEWED, patient);
        return timeline;
    }

    /** First versus latest of every measure, for the printed summary. */
    @RolesAllowed("PT")
    @Transactional
    public ProgressSummary summary(PatientId patient) {
        Actor actor = currentActor.require().requireRole(Role.PT);
        Patient record = patients.inClinicOf(actor, patient);
        OutcomeTimeline timeline = timeline(patient);
        List<SummaryRow> rows = timeline.series().stream().map(SummaryRow::of).toList();
        Optional<LocalDate> since =
                timeline.series().stream().map(series -> series.first().date()).min(Comparator.naturalOrder());
        audit.record(actor, AuditAction.PROGRESS_SUMMARY_VIEWED, patient);
        return new ProgressSummary(
                record.details().fullName(),
                record.details().dateOfBirth(),
                actor.displayName(),
                calendar.today(),
                since,
                rows);
    }

    /** Her own questionnaire scores (not the EPDS) and the pain she logged. */
    @RolesAllowed("PATIENT")
    @Transactional
    public OutcomeTimeline mine() {
        Actor actor = currentActor.require().requireRole(Role.PATIENT);
        PatientId own = patients.ownRecordOf(actor).id();
        LocalDate today = calendar.today();
        var series = new ArrayList<MeasureSeries>(QuestionnaireSeries.of(
                responses.currentFor(own), instrument -> instrument != Instrument.EPDS, List.of()));
        programs.current(own).ifPresent(program -> PracticeSeries.pain(log(own, program, today))
                .ifPresent(series::add));
        audit.record(actor, AuditAction.OUTCOMES_VIEWED, own);
        return new OutcomeTimeline(
                today, series.stream().filter(MeasureSeries::headline).toList());
    }

    private OutcomeTimeline timeline(PatientId patient) {
        LocalDate today = calendar.today();
        List<Assessment> visits = assessments.currentFor(patient);
        var series = new ArrayList<MeasureSeries>(QuestionnaireSeries.of(
                responses.currentFor(patient),
                instrument -> true,
                ScreenedEpds.of(intakes.versions(patient), visits, calendar.zone())));
        Optional<HomeProgram> program = programs.current(patient);
        List<PracticeDay> days =
                program.map(found -> log(patient, found, today)).orElse(List.of());
        PracticeSeries.pain(days).ifPresent(series::add);
        series.addAll(AssessmentSeries.of(visits));
        program.flatMap(found -> PracticeSeries.adherence(Adherence.perWeek(found, days, today, calendar.zone())))
                .ifPresent(series::add);
        series.sort(Comparator.comparing(MeasureSeries::group));
        return new OutcomeTimeline(today, series);
    }

    private List<PracticeDay> log(PatientId patient, HomeProgram program, LocalDate today) {
        return practice.between(patient, Adherence.startOf(program, calendar.zone()), today);
    }

    private Actor pt(PatientId patient) {
        Actor actor = currentActor.require().requireRole(Role.PT);
        patients.inClinicOf(actor, patient);
        return actor;
    }
}
