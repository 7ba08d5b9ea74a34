package app.floorplan.core.assessment;

import app.floorplan.core.account.Account;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.intake.ObstetricHistory;
import app.floorplan.core.intake.RedFlagScreen;
import app.floorplan.core.intake.ScreenAnswers;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.validation.EditConflictException;
import app.floorplan.core.validation.Violations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Use cases of the hands-on assessment: record a visit, open it with its findings and versions, correct it, list a
 * patient's assessments and compare two of them. Clinical data, so PTs only, and only for their own clinic's patients;
 * the patient and the signing PT always come from the login, never from a request.
 */
public class AssessmentRecords {

    private static final String THIS_ASSESSMENT = "This assessment";

    private final AssessmentRepository assessments;
    private final PatientRepository patients;
    private final IntakeRepository intakes;
    private final AccountRepository accounts;
    private final ClinicAssessmentSettings settings;
    private final IrdSmallestRealChange smallestRealChange;
    private final NrsMinimalImportantDifference painDifference;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final Clock clock;

    /**
     * @param settings where each clinic's choice of diastasis limits is kept
     * @param smallestRealChange per IRD method and point, the change that is more than measurement error (e.g.
     *     {@link IrdSmallestRealChange#KESHWANI_2016})
     * @param painDifference the change in pain on the NRS that matters to a patient (e.g.
     *     {@link NrsMinimalImportantDifference#DEFAULT})
     */
    public AssessmentRecords(
            AssessmentRepository assessments,
            PatientRepository patients,
            IntakeRepository intakes,
            AccountRepository accounts,
            ClinicAssessmentSettings settings,
            IrdSmallestRealChange smallestRealChange,
            NrsMinimalImportantDifference painDifference,
            CurrentActor currentActor,
            AuditTrail audit,
            Clock clock) {
        this.assessments = assessments;
        this.patients = patients;
        this.intakes = intakes;
        this.accounts = accounts;
        this.settings = settings;
        this.smallestRealChange = smallestRealChange;
        this.painDifference = painDifference;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    /** The patient a new assessment is for: the form needs the name and whether a scar section applies. */
    @RolesAllowed("PT")
    @Transactional
    public AssessedPatient patient(PatientId patientId) {
        Actor actor = pt();
        AssessedPatient patient = facts(patients.inClinicOf(actor, patientId)).patient();
        audit.record(actor, AuditAction.PATIENT_VIEWED, patientId);
        return patient;
    }

    /** The patient's assessments, current versions only, newest visit first, each with its findings. */
    @RolesAllowed("PT")
    @Transactional
    public List<AssessmentSummary> listFor(PatientId patientId) {
        Actor actor = pt();
        patients.inClinicOf(actor, patientId);
        List<AssessmentSummary> summaries = summaries(actor, patientId);
        audit.record(actor, AuditAction.ASSESSMENT_VIEWED, patientId);
        return summaries;
    }

    /** The newest assessment's date and findings, for the patient overview; empty before the first assessment. */
    @RolesAllowed("PT")
    @Transactional
    public Optional<AssessmentSummary> latestFindings(PatientId patientId) {
        Actor actor = pt();
        patients.inClinicOf(actor, patientId);
        Optional<AssessmentSummary> latest =
                summaries(actor, patientId).stream().findFirst();
        latest.ifPresent(summary -> audit.record(
                actor, AuditAction.ASSESSMENT_VIEWED, patientId, summary.id().value()));
        return latest;
    }

    /** One assessment: its current version, findings and version history. */
    @RolesAllowed("PT")
    @Transactional
    public OpenedAssessment open(PatientId patientId, AssessmentId id) {
        Actor actor = pt();
        Patient patient = patients.inClinicOf(actor, patientId);
        Assessment current = ofPatient(patientId, id);
        OpenedAssessment opened = opened(actor, facts(patient), current, assessments.versions(id));
        audit.record(actor, AuditAction.ASSESSMENT_VIEWED, patientId, id.value());
        return opened;
    }

    /**
     * Records a visit's assessment with its red-flag screen, signed by the logged-in PT. A positive flag blocks
     * prescribing until an outcome that allows it is recorded ({@code RedFlagReview}).
     *
     * @throws app.floorplan.core.validation.InvalidInputException with every refused field (e.g. a future date, nothing
     *     assessed, a scar section without a caesarean in the intake, an unanswered red-flag question)
     */
    @RolesAllowed("PT")
    @Transactional
    public OpenedAssessment record(
            PatientId patientId, LocalDate date, AssessmentSections sections, ScreenAnswers redFlags) {
        Actor actor = pt();
        PatientFacts patient = facts(patients.inClinicOf(actor, patientId));
        Instant now = clock.instant();
        var violations = new Violations();
        var screen = violations.attempt(redFlags::validate);
        // With unanswered red-flag questions the rest is still checked, so the PT sees every problem at once.
        var recorded = violations.attempt(() -> Assessment.record(
                AssessmentId.random(),
                patientId,
                actor.accountId(),
                date,
                sections,
                screen.orElseGet(RedFlagScreen::allNegative),
                patient.patient().hadCaesarean(),
                LocalDate.ofInstant(now, clock.getZone()),
                now));
        violations.throwIfAny();
        Assessment first = recorded.orElseThrow();
        assessments.add(first);
        audit.record(
                actor, AuditAction.ASSESSMENT_RECORDED, patientId, first.id().value());
        return opened(actor, patient, first, List.of(first));
    }

    /**
     * Corrects an assessment: a new version with the reason, signed by the logged-in PT; the opened version is kept,
     * marked replaced.
     *
     * @param openedRevision the version number the PT opened and corrected
     * @throws EditConflictException when someone else corrected the assessment since it was opened: nothing is written
     */
    @RolesAllowed("PT")
    @Transactional
    public OpenedAssessment correct(
            PatientId patientId,
            AssessmentId id,
            int openedRevision,
            LocalDate date,
            AssessmentSections sections,
            String reason) {
        Actor actor = pt();
        PatientFacts patient = facts(patients.inClinicOf(actor, patientId));
        Assessment current = ofPatient(patientId, id);
        if (current.revision().number() != openedRevision) {
            throw new EditConflictException(THIS_ASSESSMENT);
        }
        Instant now = clock.instant();
        var correction = current.correct(
                date,
                sections,
                patient.patient().hadCaesarean(),
                LocalDate.ofInstant(now, clock.getZone()),
                actor.accountId(),
                now,
                reason);
        // Two PTs may have opened the same version: only the first correction to reach the database wins.
        if (!assessments.correct(correction)) {
            throw new EditConflictException(THIS_ASSESSMENT);
        }
        audit.record(actor, AuditAction.ASSESSMENT_CORRECTED, patientId, id.value());
        return opened(actor, patient, correction.current(), assessments.versions(id));
    }

    /**
     * Two assessments of the patient side by side. Whichever order they are named in, the older visit is the earlier
     * one (on the same day, the one recorded first), so a swapped pair in an address still compares rather than fails.
     */
    @RolesAllowed("PT")
    @Transactional
    public AssessmentComparison compare(PatientId patientId, AssessmentId one, AssessmentId other) {
        Actor actor = pt();
        patients.inClinicOf(actor, patientId);
        AssessmentComparison comparison = AssessmentComparison.of(
                comparedVisit(ofPatient(patientId, one)),
                comparedVisit(ofPatient(patientId, other)),
                smallestRealChange,
                painDifference);
        // The audit trail names one record per event; a comparison shows two.
        audit.record(actor, AuditAction.ASSESSMENTS_COMPARED, patientId, one.value());
        audit.record(actor, AuditAction.ASSESSMENTS_COMPARED, patientId, other.value());
        return comparison;
    }

    /** The current version with the time its first version was recorded. */
    private ComparedVisit comparedVisit(Assessment current) {
        Instant firstRecorded = assessments.versions(current.id()).stream()
                .map(version -> version.revision().recordedAt())
                .min(Comparator.naturalOrder())
                .orElse(current.revision().recordedAt());
        return new ComparedVisit(current, firstRecorded);
    }

    private Actor pt() {
        return currentActor.require().requireRole(Role.PT);
    }

    private Assessment ofPatient(PatientId patientId, AssessmentId id) {
        // an assessment of another patient reads like a missing one, so a patient id in the address cannot unlock it
        return assessments
                .current(id)
                .filter(a -> a.patient().equals(patientId))
                .orElseThrow(() -> AccessRefusedException.noSuchRecord("assessment not of this patient"));
    }

    /** What the use cases need from the patient's record, read once: the intake's obstetric history. */
    private record PatientFacts(AssessedPatient patient, Optional<ObstetricHistory> obstetricHistory) {}

    private PatientFacts facts(Patient patient) {
        Optional<ObstetricHistory> history = obstetricHistory(patient.id());
        boolean hadCaesarean = history.map(ObstetricHistory::hadCaesarean).orElse(false);
        return new PatientFacts(
                new AssessedPatient(patient.id(), patient.details().fullName(), hadCaesarean), history);
    }

    private List<AssessmentSummary> summaries(Actor actor, PatientId patientId) {
        Map<AccountId, String> names = staffNames(actor);
        DiastasisThresholds thresholds = settings.diastasisThresholds(actor.clinicId());
        Optional<ObstetricHistory> history = obstetricHistory(patientId);
        return assessments.currentFor(patientId).stream()
                .map(a -> AssessmentSummary.of(a, nameOf(names, a.therapist()), thresholds, history))
                .toList();
    }

    private Optional<ObstetricHistory> obstetricHistory(PatientId patientId) {
        return intakes.current(patientId).map(Intake::obstetricHistory);
    }

    private OpenedAssessment opened(Actor actor, PatientFacts patient, Assessment current, List<Assessment> versions) {
        Map<AccountId, String> names = staffNames(actor);
        return new OpenedAssessment(
                patient.patient(),
                current,
                nameOf(names, current.therapist()),
                AssessmentFindings.of(
                        current, settings.diastasisThresholds(actor.clinicId()), patient.obstetricHistory()),
                versions.stream()
                        .map(v -> new AssessmentVersion(
                                v, nameOf(names, v.revision().author())))
                        .toList());
    }

    /** One query for every signature shown, however many assessments and versions there are. */
    private Map<AccountId, String> staffNames(Actor actor) {
        return accounts.listByClinic(actor.clinicId()).stream()
                .collect(Collectors.toMap(Account::id, Account::displayName, (a, b) -> a));
    }

    private static String nameOf(Map<AccountId, String> names, AccountId account) {
        // a signature whose account left the clinic still shows that someone signed, never a blank
        return Objects.requireNonNullElse(names.get(account), "Former staff member");
    }
}
