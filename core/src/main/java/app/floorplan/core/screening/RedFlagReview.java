package app.floorplan.core.screening;

import app.floorplan.core.account.Account;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.AssessmentRepository;
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
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.RedFlagOutcome;
import app.floorplan.core.intake.RedFlagResolution;
import app.floorplan.core.intake.ReferralRecipient;
import app.floorplan.core.intake.StaffNames;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.validation.EditConflictException;
import app.floorplan.core.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Use cases of a patient's red flags across her visits: read every screen with the state of each positive flag, and
 * record an outcome (a referral with its urgency and to whom, or a clearance). Clinical data, so PTs only, and only for
 * their own clinic's patients; the recorder is always the logged-in PT.
 */
public class RedFlagReview {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final IntakeRepository intakes;
    private final AssessmentRepository assessments;
    private final PatientRepository patients;
    private final AccountRepository accounts;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final Clock clock;

    public RedFlagReview(
            IntakeRepository intakes,
            AssessmentRepository assessments,
            PatientRepository patients,
            AccountRepository accounts,
            CurrentActor currentActor,
            AuditTrail audit,
            Clock clock) {
        this.intakes = intakes;
        this.assessments = assessments;
        this.patients = patients;
        this.accounts = accounts;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every red-flag screen of the patient, newest visit first; the view is audited. */
    @RolesAllowed("PT")
    @Transactional
    public RedFlagReport open(PatientId id) {
        Actor actor = pt();
        patients.inClinicOf(actor, id);
        RedFlagReport report = report(id);
        audit.record(actor, AuditAction.RED_FLAGS_VIEWED, id);
        return report;
    }

    /**
     * Records an outcome for some positive flags of one visit's screen.
     *
     * @throws EditConflictException when the intake's screen is no longer the version the PT saw: nothing is written
     * @throws InvalidInputException with every refused field at once (no flag chosen, a flag not positive there, no
     *     recipient for a referral, no note)
     * @throws app.floorplan.core.identity.AccessRefusedException for an assessment of another patient
     */
    @RolesAllowed("PT")
    @Transactional
    public RedFlagReport recordOutcome(
            PatientId id,
            ScreenRef screen,
            RedFlagOutcome outcome,
            Set<RedFlag> flags,
            Optional<ReferralRecipient> to,
            String note) {
        Actor actor = pt();
        patients.inClinicOf(actor, id);
        var now = clock.instant();
        switch (screen) {
            case ScreenRef.AtIntake(int revision) -> {
                Intake opened = intakes.current(id)
                        .filter(current -> current.revision().number() == revision)
                        .orElseThrow(() -> new EditConflictException("This patient's intake"));
                intakes.addResolution(opened.recordRedFlagResolution(outcome, flags, to, note, actor.accountId(), now));
                audit.record(
                        actor, AuditAction.RED_FLAG_RESOLVED, id, opened.id().value());
            }
            case ScreenRef.AtAssessment(var assessmentId) -> {
                Assessment visit = assessments
                        .current(assessmentId)
                        .filter(found -> found.patient().equals(id))
                        .orElseThrow(() -> new AccessRefusedException("assessment not of this patient"));
                assessments.addResolution(
                        visit.recordRedFlagResolution(outcome, flags, to, note, actor.accountId(), now));
                audit.record(actor, AuditAction.RED_FLAG_RESOLVED, id, assessmentId.value());
            }
        }
        return report(id);
    }

    private RedFlagReport report(PatientId id) {
        var screens = new ArrayList<VisitScreen>();
        Optional<Intake> intake = intakes.current(id);
        List<Assessment> visits = assessments.currentFor(id);
        visits.stream()
                .filter(visit -> visit.redFlags().isPresent())
                .map(visit -> VisitScreen.of(
                        new ScreenRef.AtAssessment(visit.id()),
                        "Assessment of " + DAY.format(visit.date()),
                        visit.date(),
                        visit.redFlags().orElseThrow(),
                        visit.redFlagResolutions()))
                .forEach(screens::add);
        intake.map(current -> VisitScreen.of(
                        new ScreenRef.AtIntake(current.revision().number()),
                        current.revision().number() == 1
                                ? "Intake"
                                : "Intake (version " + current.revision().number() + ")",
                        LocalDate.ofInstant(current.revision().recordedAt(), clock.getZone()),
                        current.redFlags(),
                        current.redFlagResolutions()))
                .ifPresent(screens::add);
        screens.sort(Comparator.comparing(VisitScreen::date).reversed());
        return new RedFlagReport(screens, staffNames(screens));
    }

    private StaffNames staffNames(List<VisitScreen> screens) {
        Set<AccountId> signers = screens.stream()
                .flatMap(screen -> screen.outcomes().stream().map(RedFlagResolution::by))
                .collect(Collectors.toSet());
        return new StaffNames(signers.stream()
                .map(accounts::findById)
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(Account::id, Account::displayName)));
    }

    private Actor pt() {
        return currentActor.require().requireRole(Role.PT);
    }
}
