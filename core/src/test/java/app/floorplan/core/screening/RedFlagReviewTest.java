package app.floorplan.core.screening;

import static app.floorplan.core.intake.ScreenFixtures.screenWith;
import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.account.Account;
import app.floorplan.core.account.InMemoryAccounts;
import app.floorplan.core.account.PasswordHash;
import app.floorplan.core.account.Username;
import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.AssessmentId;
import app.floorplan.core.assessment.AssessmentSections;
import app.floorplan.core.assessment.InMemoryAssessments;
import app.floorplan.core.assessment.PainAtVisitSection;
import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditEvent;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.intake.Babywearing;
import app.floorplan.core.intake.Feeding;
import app.floorplan.core.intake.InMemoryIntakes;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.IntakeId;
import app.floorplan.core.intake.ObstetricHistory;
import app.floorplan.core.intake.PainProfile;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.RedFlagConcern;
import app.floorplan.core.intake.RedFlagLedger.State;
import app.floorplan.core.intake.RedFlagOutcome;
import app.floorplan.core.intake.RedFlagResolution;
import app.floorplan.core.intake.RedFlagScreen;
import app.floorplan.core.intake.ReferralRecipient;
import app.floorplan.core.intake.RelevantHistory;
import app.floorplan.core.mood.EpdsAnswers;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientDetails;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.program.PrescriptionContext;
import app.floorplan.core.program.PrescriptionGate;
import app.floorplan.core.testing.PortFake;
import app.floorplan.core.validation.EditConflictException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The red flags of a patient across her visits: the screen is asked again at every assessment, a new positive answer
 * blocks prescribing, and an outcome records its urgency and to whom ([NICE-CG37], [AWHONN-POSTBIRTH], [COX-1987]).
 */
class RedFlagReviewTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final LocalDate BORN = LocalDate.of(1992, 3, 14);

    private final ClinicId clinic = ClinicId.random();
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final Actor pia = staff("Pia Therapist", Role.PT, clinic);
    private final Patient anna = patient(clinic);
    private final InMemoryIntakes intakes = new InMemoryIntakes();
    private final InMemoryAssessments assessments = new InMemoryAssessments();
    private final List<AuditEvent> audit = new ArrayList<>();
    private Actor actor = pia;

    private final RedFlagReview review = new RedFlagReview(
            intakes,
            assessments,
            PortFake.of(PatientRepository.class, Map.of("findById", args -> Optional.of(anna)
                    .filter(p -> p.id().equals(args[0])))),
            accounts,
            () -> actor,
            new AuditTrail(audit::add, Clock.fixed(NOW, ZoneOffset.UTC)),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_flag_answered_yes_at_a_follow_up_assessment_blocks_prescribing_though_the_intake_was_clear() {
        intake(RedFlagScreen.allNegative());
        var visit = assessment(screenWith(RedFlag.BLOOD_CLOT_SIGNS));

        var report = review.open(anna.id());

        assertThat(report.blocking()).extracting(entry -> entry.flag()).containsExactly(RedFlag.BLOOD_CLOT_SIGNS);
        assertThat(report.blocking().getFirst().state()).isEqualTo(State.OPEN);
        assertThat(report.concernsToActOn()).containsExactly(RedFlagConcern.THROMBOEMBOLISM);
        assertThat(report.screens())
                .extracting(VisitScreen::visit)
                .containsExactly("Assessment of 5 Dec 2026", "Intake");
        assertThat(gateFor().isAllowed()).isFalse();
        assertThat(audit).extracting(AuditEvent::action).containsExactly(AuditAction.RED_FLAGS_VIEWED);
        assertThat(visit.unresolvedRedFlags()).containsExactly(RedFlag.BLOOD_CLOT_SIGNS);
    }

    @Test
    void an_emergency_referral_keeps_the_block_and_a_later_clearance_lifts_it_with_the_history_kept() {
        intake(RedFlagScreen.allNegative());
        var visit = assessment(screenWith(RedFlag.BLOOD_CLOT_SIGNS));
        var ref = new ScreenRef.AtAssessment(visit.id());

        var referred = review.recordOutcome(
                anna.id(),
                ref,
                RedFlagOutcome.EMERGENCY_REFERRAL,
                Set.of(RedFlag.BLOOD_CLOT_SIGNS),
                Optional.of(ReferralRecipient.EMERGENCY_SERVICES),
                "Breathless on the stairs today: ambulance called, stayed with her");

        assertThat(referred.blocking()).singleElement().satisfies(entry -> {
            assertThat(entry.state()).isEqualTo(State.AWAITING_RESULT);
            assertThat(entry.latest()).hasValueSatisfying(latest -> assertThat(latest.to())
                    .contains(ReferralRecipient.EMERGENCY_SERVICES));
        });
        assertThat(gateFor().isAllowed()).isFalse();

        var cleared = review.recordOutcome(
                anna.id(),
                ref,
                RedFlagOutcome.CLEARED,
                Set.of(RedFlag.BLOOD_CLOT_SIGNS),
                Optional.empty(),
                "Scan at the hospital showed no clot; discharge letter seen");

        assertThat(cleared.anyBlocking()).isFalse();
        assertThat(cleared.screens().getFirst().outcomes())
                .extracting(RedFlagResolution::outcome)
                .containsExactly(RedFlagOutcome.EMERGENCY_REFERRAL, RedFlagOutcome.CLEARED);
        assertThat(cleared.staff().of(pia.accountId())).isEqualTo("Pia Therapist");
        assertThat(gateFor().isAllowed()).isTrue();
        assertThat(audit)
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.RED_FLAG_RESOLVED, AuditAction.RED_FLAG_RESOLVED);
    }

    @Test
    void a_routine_referral_to_the_gp_lets_prescribing_go_on() {
        intake(screenWith(RedFlag.OSTEOPOROSIS_RISK));

        var report = review.recordOutcome(
                anna.id(),
                new ScreenRef.AtIntake(1),
                RedFlagOutcome.ROUTINE_REFERRAL,
                Set.of(RedFlag.OSTEOPOROSIS_RISK),
                Optional.of(ReferralRecipient.GP),
                "Letter to her GP for a bone density check");

        assertThat(report.anyBlocking()).isFalse();
        assertThat(gateFor().isAllowed()).isTrue();
    }

    @Test
    void an_outcome_covers_only_the_flags_chosen_so_each_gets_its_own_urgency() {
        intake(screenWith(RedFlag.OSTEOPOROSIS_RISK, RedFlag.PRE_ECLAMPSIA_SIGNS));

        var report = review.recordOutcome(
                anna.id(),
                new ScreenRef.AtIntake(1),
                RedFlagOutcome.ROUTINE_REFERRAL,
                Set.of(RedFlag.OSTEOPOROSIS_RISK),
                Optional.of(ReferralRecipient.GP),
                "Bone density check via her GP");

        assertThat(report.blocking()).extracting(entry -> entry.flag()).containsExactly(RedFlag.PRE_ECLAMPSIA_SIGNS);
    }

    @Test
    void a_referral_needs_to_whom_and_a_note_and_a_clearance_names_no_one() {
        intake(screenWith(RedFlag.FEVER));
        var atIntake = new ScreenRef.AtIntake(1);
        Set<RedFlag> fever = Set.of(RedFlag.FEVER);

        assertThat(refusedFields(() -> review.recordOutcome(
                        anna.id(), atIntake, RedFlagOutcome.URGENT_REFERRAL, fever, Optional.empty(), " ")))
                .containsExactlyInAnyOrder(RedFlagResolution.FIELD_TO, RedFlagResolution.FIELD_NOTE);
        assertThat(refusedFields(() -> review.recordOutcome(
                        anna.id(), atIntake, RedFlagOutcome.CLEARED, fever, Optional.of(ReferralRecipient.GP), "ok")))
                .containsExactly(RedFlagResolution.FIELD_TO);
        assertThat(refusedFields(() -> review.recordOutcome(
                        anna.id(), atIntake, RedFlagOutcome.REFERRED, fever, Optional.of(ReferralRecipient.GP), "ok")))
                .as("the outcome without urgency is only read from old records")
                .containsExactly(RedFlagResolution.FIELD_OUTCOME);
        assertThat(refusedFields(() -> review.recordOutcome(
                        anna.id(),
                        atIntake,
                        RedFlagOutcome.CLEARED,
                        Set.of(RedFlag.TRAUMA),
                        Optional.empty(),
                        "no trauma")))
                .as("a flag not answered yes there")
                .containsExactly(RedFlagResolution.FIELD_FLAGS);
        assertThat(intakes.current(anna.id()).orElseThrow().redFlagResolutions())
                .isEmpty();
    }

    @Test
    void an_outcome_on_an_intake_version_the_pt_did_not_see_is_refused() {
        intake(screenWith(RedFlag.FEVER));

        assertThatThrownBy(() -> review.recordOutcome(
                        anna.id(),
                        new ScreenRef.AtIntake(2),
                        RedFlagOutcome.CLEARED,
                        Set.of(RedFlag.FEVER),
                        Optional.empty(),
                        "Cold"))
                .isInstanceOf(EditConflictException.class);
    }

    @Test
    void cox_1987_an_epds_with_item_10_above_0_is_an_open_mood_flag_and_the_latest_epds_is_shown() {
        intake(RedFlagScreen.allNegative());
        assessment(RedFlagScreen.fromAnswers(
                app.floorplan.core.intake.ScreenFixtures.allAnsweredNo(),
                Optional.of(EpdsAnswers.ofScores(1, 1, 1, 1, 1, 1, 1, 1, 1, 1))));

        var report = review.open(anna.id());

        assertThat(report.blocking()).extracting(entry -> entry.flag()).containsExactly(RedFlag.EPDS_SELF_HARM);
        assertThat(report.concernsToActOn()).containsExactly(RedFlagConcern.MOOD);
        assertThat(report.latestEpds()).hasValueSatisfying(epds -> {
            assertThat(epds.date()).isEqualTo(TODAY);
            assertThat(epds.score().total()).isEqualTo(10);
        });
    }

    @Test
    void admins_patients_and_other_clinics_are_refused() {
        intake(screenWith(RedFlag.FEVER));
        for (Actor refused : List.of(
                staff("Alex Admin", Role.ADMIN, clinic),
                staff("Other PT", Role.PT, ClinicId.random()),
                new Actor(AccountId.random(), "Anna", Role.PATIENT, clinic, Optional.of(anna.id())))) {
            actor = refused;
            assertThatThrownBy(() -> review.open(anna.id())).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> review.recordOutcome(
                            anna.id(),
                            new ScreenRef.AtIntake(1),
                            RedFlagOutcome.CLEARED,
                            Set.of(RedFlag.FEVER),
                            Optional.empty(),
                            "x"))
                    .isInstanceOf(AccessRefusedException.class);
        }
        assertThat(intakes.current(anna.id()).orElseThrow().redFlagResolutions())
                .isEmpty();
    }

    @Test
    void an_assessment_of_another_patient_is_refused_even_with_a_valid_id() {
        intake(RedFlagScreen.allNegative());
        var someoneElses = Assessment.record(
                AssessmentId.random(),
                PatientId.random(),
                pia.accountId(),
                TODAY,
                AssessmentSections.builder()
                        .painAtVisit(PainAtVisitSection.of(2, 3))
                        .build(),
                screenWith(RedFlag.FEVER),
                false,
                TODAY,
                NOW);
        assessments.add(someoneElses);

        assertThatThrownBy(() -> review.recordOutcome(
                        anna.id(),
                        new ScreenRef.AtAssessment(someoneElses.id()),
                        RedFlagOutcome.CLEARED,
                        Set.of(RedFlag.FEVER),
                        Optional.empty(),
                        "x"))
                .isInstanceOf(AccessRefusedException.class);
    }

    private app.floorplan.core.intake.PrescriptionDecision gateFor() {
        return new PrescriptionGate()
                .clearance(
                        PrescriptionContext.of(intakes.current(anna.id()), assessments.currentFor(anna.id()), TODAY));
    }

    private void intake(RedFlagScreen screen) {
        var history = ObstetricHistory.create(1, 1, List.of(), Feeding.NONE, Babywearing.none(), BORN, TODAY);
        intakes.add(Intake.record(
                IntakeId.random(),
                anna.id(),
                history,
                PainProfile.create(3, 4, Set.of(), Set.of(), Set.of(), Optional.empty(), TODAY),
                new RelevantHistory(false, false, false, false, Optional.empty()),
                screen,
                pia.accountId(),
                NOW.minusSeconds(86_400 * 14)));
    }

    private Assessment assessment(RedFlagScreen screen) {
        var visit = Assessment.record(
                AssessmentId.random(),
                anna.id(),
                pia.accountId(),
                TODAY,
                AssessmentSections.builder()
                        .painAtVisit(PainAtVisitSection.of(2, 3))
                        .build(),
                screen,
                false,
                TODAY,
                NOW);
        assessments.add(visit);
        return visit;
    }

    private Actor staff(String name, Role role, ClinicId clinicId) {
        var account = new Account(
                AccountId.random(),
                clinicId,
                Username.of(name.toLowerCase().replace(' ', '.')),
                name,
                role,
                new PasswordHash("{test}x"),
                true,
                Optional.empty(),
                0);
        accounts.add(account);
        return account.asActor();
    }

    private static Patient patient(ClinicId clinic) {
        var details = new PatientDetails(
                "Anna", "Berg", BORN, Optional.empty(), Optional.empty(), "English", Optional.empty(), "");
        return new Patient(PatientId.random(), clinic, details, false, 0);
    }
}
