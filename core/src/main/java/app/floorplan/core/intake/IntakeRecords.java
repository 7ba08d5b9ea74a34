package app.floorplan.core.intake;

import app.floorplan.core.account.Account;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.record.Correction;
import app.floorplan.core.validation.EditConflictException;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.core.validation.Violations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Use cases of the intake: open, record, correct, refer or clear red flags, read the history, and answer whether an
 * exercise program may be prescribed. Clinical data, so PTs only, and only for patients of their own clinic; the clinic
 * is always the actor's, never one named in a request.
 */
public class IntakeRecords {

    private static final String WHAT = "This patient's intake";

    private final IntakeRepository intakes;
    private final PatientRepository patients;
    private final AccountRepository accounts;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final Clock clock;

    public IntakeRecords(
            IntakeRepository intakes,
            PatientRepository patients,
            AccountRepository accounts,
            CurrentActor currentActor,
            AuditTrail audit,
            Clock clock) {
        this.intakes = intakes;
        this.patients = patients;
        this.accounts = accounts;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    /** The patient's current intake, if one is recorded, with what the form shows beside it; the view is audited. */
    @RolesAllowed("PT")
    @Transactional
    public OpenedIntake open(PatientId id) {
        Actor actor = pt();
        Patient patient = patients.inClinicOf(actor, id);
        Optional<Intake> current = intakes.current(id);
        auditView(actor, id, current.stream());
        return new OpenedIntake(
                id,
                patient.details().fullName(),
                patient.details().dateOfBirth(),
                current,
                staffNames(current.stream()));
    }

    /**
     * Records the patient's first intake.
     *
     * @throws EditConflictException when an intake was recorded meanwhile (the form opened without one): nothing is
     *     written, and the PT can save theirs as a correction
     * @throws InvalidInputException with every refused answer at once
     */
    @RolesAllowed("PT")
    @Transactional
    public Intake record(PatientId id, IntakeAnswers answers) {
        Actor actor = pt();
        Patient patient = patients.inClinicOf(actor, id);
        if (intakes.current(id).isPresent()) {
            throw new EditConflictException(WHAT);
        }
        Instant now = clock.instant();
        IntakeContent content = answers.validate(patient.details().dateOfBirth(), today(now));
        Intake first = Intake.record(
                IntakeId.random(),
                id,
                content.obstetricHistory(),
                content.pain(),
                content.relevantHistory(),
                content.redFlags(),
                actor.accountId(),
                now);
        intakes.add(first);
        audit.record(actor, AuditAction.INTAKE_RECORDED, id, first.id().value());
        return first;
    }

    /**
     * Corrects the intake: a new version with the reason; the opened one is kept, marked replaced.
     *
     * @param openedRevision the version number the PT opened and edited
     * @throws EditConflictException when the current version is no longer the opened one: nothing is written
     * @throws InvalidInputException with every refused answer and a missing reason at once
     */
    @RolesAllowed("PT")
    @Transactional
    public Intake correct(PatientId id, int openedRevision, IntakeAnswers answers, String reason) {
        Actor actor = pt();
        Patient patient = patients.inClinicOf(actor, id);
        Intake opened = openedVersion(id, openedRevision);
        Instant now = clock.instant();
        var violations = new Violations();
        var content =
                violations.attempt(() -> answers.validate(patient.details().dateOfBirth(), today(now)));
        // With refused answers the reason is still checked, against the unchanged content, so the PT sees both at once.
        IntakeContent checked = content.orElseGet(() -> IntakeContent.of(opened));
        var correction = violations.attempt(() -> opened.correct(
                checked.obstetricHistory(),
                checked.pain(),
                checked.relevantHistory(),
                checked.redFlags(),
                actor.accountId(),
                now,
                reason));
        violations.throwIfAny();
        Correction<Intake> stored = correction.orElseThrow();
        if (!intakes.correct(stored)) {
            throw new EditConflictException(WHAT);
        }
        audit.record(actor, AuditAction.INTAKE_CORRECTED, id, opened.id().value());
        return stored.current();
    }

    /** Every version of the patient's intake, oldest first, with who signed each; the view is audited. */
    @RolesAllowed("PT")
    @Transactional
    public IntakeHistory versions(PatientId id) {
        Actor actor = pt();
        patients.inClinicOf(actor, id);
        List<Intake> versions = intakes.versions(id);
        auditView(actor, id, versions.stream());
        return new IntakeHistory(versions, staffNames(versions.stream()));
    }

    private Actor pt() {
        return currentActor.require().requireRole(Role.PT);
    }

    private Intake openedVersion(PatientId id, int openedRevision) {
        // Intakes are never deleted, so "none" here also means someone else's version is not the one opened.
        return intakes.current(id)
                .filter(current -> current.revision().number() == openedRevision)
                .orElseThrow(() -> new EditConflictException(WHAT));
    }

    private LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, clock.getZone());
    }

    private void auditView(Actor actor, PatientId id, Stream<Intake> shown) {
        shown.findFirst()
                .ifPresentOrElse(
                        intake -> audit.record(
                                actor,
                                AuditAction.INTAKE_VIEWED,
                                id,
                                intake.id().value()),
                        () -> audit.record(actor, AuditAction.INTAKE_VIEWED, id));
    }

    private StaffNames staffNames(Stream<Intake> versions) {
        Set<AccountId> signers = versions.flatMap(intake -> Stream.concat(
                        Stream.of(intake.revision().author()),
                        intake.redFlagResolutions().stream().map(RedFlagResolution::by)))
                .collect(Collectors.toSet());
        return new StaffNames(signers.stream()
                .map(accounts::findById)
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(Account::id, Account::displayName)));
    }
}
