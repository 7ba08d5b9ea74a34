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
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.validation.EditConflictException;
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
import java.util.stream.Stream;

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
    private final DiastasisThresholds thresholds;
    private final IrdSmallestRealChange smallestRealChange;
    private final NrsMinimalImportantDifference painDifference;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final Clock clock;

    /**
     * @param thresholds the diastasis limits the clinic judges by (e.g. {@link DiastasisThresholds#DEFAULT})
     * @param smallestRealChange per IRD method, the change that is more than measurement error
     * @param painDifference the change in pain on the NRS that is more than measurement error (e.g.
     *     {@link NrsMinimalImportantDifference#DEFAULT})
     */
    public AssessmentRecords(
            AssessmentRepository assessments,
            PatientRepository patients,
            IntakeRepository intakes,
            AccountRepository accounts,
            DiastasisThresholds thresholds,
            IrdSmallestRealChange smallestRealChange,
            NrsMinimalImportantDifference painDifference,
            CurrentActor currentActor,
            AuditTrail audit,
            Clock clock) {
        this.assessments = assessments;
        this.patients = patients;
        this.intakes = intakes;
        this.accounts = accounts;
        this.thresholds = thresholds;
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
        AssessedPatient patient = assessedPatient(patients.inClinicOf(actor, patientId));
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
        OpenedAssessment opened = opened(actor, assessedPatient(patient), current, assessments.versions(id));
        audit.record(actor, AuditAction.ASSESSMENT_VIEWED, patientId, id.value());
        return opened;
    }

    /**
     * Records a visit's assessment, signed by the logged-in PT.
     *
     * @throws app.floorplan.core.validation.InvalidInputException with every refused field (e.g. a future date, nothing
     *     assessed, a scar section without a caesarean in the intake)
     */
    @RolesAllowed("PT")
    @Transactional
    public OpenedAssessment record(PatientId patientId, LocalDate date, AssessmentSections sections) {
        Actor actor = pt();
        AssessedPatient patient = assessedPatient(patients.inClinicOf(actor, patientId));
        Instant now = clock.instant();
        Assessment first = Assessment.record(
                AssessmentId.random(),
                patientId,
                actor.accountId(),
                date,
                sections,
                patient.hadCaesarean(),
                LocalDate.ofInstant(now, clock.getZone()),
                now);
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
        AssessedPatient patient = assessedPatient(patients.inClinicOf(actor, patientId));
        Assessment current = ofPatient(patientId, id);
        if (current.revision().number() != openedRevision) {
            throw new EditConflictException(THIS_ASSESSMENT);
        }
        Instant now = clock.instant();
        var correction = current.correct(
                date,
                sections,
                patient.hadCaesarean(),
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
     * one, so a swapped pair in an address still compares rather than fails.
     */
    @RolesAllowed("PT")
    @Transactional
    public AssessmentComparison compare(PatientId patientId, AssessmentId one, AssessmentId other) {
        Actor actor = pt();
        patients.inClinicOf(actor, patientId);
        List<Assessment> byDate = Stream.of(ofPatient(patientId, one), ofPatient(patientId, other))
                .sorted(Comparator.comparing(Assessment::date))
                .toList();
        AssessmentComparison comparison =
                AssessmentComparison.of(byDate.getFirst(), byDate.getLast(), smallestRealChange, painDifference);
        // The audit trail names one record per event; a comparison shows two.
        audit.record(actor, AuditAction.ASSESSMENTS_COMPARED, patientId, one.value());
        audit.record(actor, AuditAction.ASSESSMENTS_COMPARED, patientId, other.value());
        return comparison;
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

    private AssessedPatient assessedPatient(Patient patient) {
        boolean hadCaesarean = intakes.current(patient.id())
                .map(intake -> intake.obstetricHistory().hadCaesarean())
                .orElse(false);
        return new AssessedPatient(patient.id(), patient.details().fullName(), hadCaesarean);
    }

    private List<AssessmentSummary> summaries(Actor actor, PatientId patientId) {
        Map<AccountId, String> names = staffNames(actor);
        return assessments.currentFor(patientId).stream()
                .map(a -> AssessmentSummary.of(a, nameOf(names, a.therapist()), thresholds))
                .toList();
    }

    private OpenedAssessment opened(
            Actor actor, AssessedPatient patient, Assessment current, List<Assessment> versions) {
        Map<AccountId, String> names = staffNames(actor);
        return new OpenedAssessment(
                patient,
                current,
                nameOf(names, current.therapist()),
                AssessmentFindings.of(current, thresholds),
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
