package app.floorplan.core.questionnaire;

import static app.floorplan.core.questionnaire.Answers.from;
import static app.floorplan.core.questionnaire.Answers.merged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditEvent;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.validation.EditConflictException;
import app.floorplan.core.validation.InvalidInputException;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Assigning (PT), filling in (patient) and entering a paper copy (PT): the role and record gates, one response per due
 * day, stop and continue, no change after sending, versions with a reason, and the audit trail.
 */
class QuestionnaireUseCasesTest {

    private final QuestionnaireWorld world = new QuestionnaireWorld();

    private AssignmentId assignPfdiToAnna() {
        world.actor = world.pia;
        return world.records
                .assign(world.anna, Instrument.PFDI_20, world.today(), Optional.of(4))
                .id();
    }

    private void answerEveryPfdiItem(AssignmentId id, int score) {
        for (int item = 1; item <= 20; item++) {
            world.mine.answer(id, item, Optional.of(BigDecimal.valueOf(score)));
        }
    }

    @Test
    void the_pt_assigns_the_pfdi_20_and_anna_sees_one_questionnaire_to_fill_in() {
        AssignmentId id = assignPfdiToAnna();
        world.actor = world.annaLogin;

        assertThat(world.mine.pending()).singleElement().satisfies(pending -> {
            assertThat(pending.assignment()).isEqualTo(id);
            assertThat(pending.instrument()).isEqualTo(Instrument.PFDI_20);
            assertThat(pending.dueOn()).isEqualTo(world.today());
            assertThat(pending.started()).isFalse();
        });
        world.actor = world.beaLogin;
        assertThat(world.mine.pending()).isEmpty();
    }

    @Test
    void she_can_stop_and_continue_where_she_left_off() {
        AssignmentId id = assignPfdiToAnna();
        world.actor = world.annaLogin;
        world.mine.answer(id, 1, Optional.of(BigDecimal.TWO));
        world.mine.answer(id, 2, Optional.of(BigDecimal.ONE));
        world.mine.answer(id, 2, Optional.empty());

        FillIn later = world.mine.open(id);

        assertThat(later.open()).isTrue();
        assertThat(later.answers().scores()).containsOnlyKeys(1);
        assertThat(later.firstUnansweredIndex()).isEqualTo(1);
        assertThat(world.mine.pending())
                .singleElement()
                .extracting(PendingQuestionnaire::started)
                .isEqualTo(true);
    }

    @Test
    void sending_scores_it_once_and_afterwards_nothing_can_change() {
        AssignmentId id = assignPfdiToAnna();
        world.actor = world.annaLogin;
        answerEveryPfdiItem(id, 2);

        FillIn sent = world.mine.submit(id);
        world.mine.submit(id);

        assertThat(sent.sentOn()).contains(world.today());
        assertThat(sent.open()).isFalse();
        assertThat(world.mine.pending()).isEmpty();
        assertThatThrownBy(() -> world.mine.answer(id, 1, Optional.of(BigDecimal.ZERO)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not open");
        assertThat(world.store.currentFor(world.anna)).singleElement().satisfies(response -> {
            assertThat(response.source()).isEqualTo(ResponseSource.PATIENT);
            assertThat(response.score().total()).isEqualByComparingTo("150");
        });
        assertThat(world.audit)
                .extracting(AuditEvent::action)
                .filteredOn(action -> action == AuditAction.QUESTIONNAIRE_SUBMITTED)
                .hasSize(1);
        assertThat(world.store.drafts()).isZero();
    }

    @Test
    void too_few_answers_cannot_be_sent_and_the_reason_is_given() {
        AssignmentId id = assignPfdiToAnna();
        world.actor = world.annaLogin;
        world.mine.answer(id, 1, Optional.of(BigDecimal.TWO));

        assertThatThrownBy(() -> world.mine.submit(id))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least one");
        assertThat(world.mine.open(id).open()).isTrue();
    }

    @Test
    void an_answer_it_cannot_take_is_refused_at_its_question() {
        AssignmentId id = assignPfdiToAnna();
        world.actor = world.annaLogin;

        assertThatThrownBy(() -> world.mine.answer(id, 3, Optional.of(BigDecimal.valueOf(5))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(
                                refused.violations().getFirst().field())
                        .isEqualTo(QuestionnaireFields.item(3)));
        assertThatThrownBy(() -> world.mine.answer(id, 21, Optional.of(BigDecimal.ONE)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_repeat_falls_due_four_weeks_later_as_a_new_questionnaire() {
        AssignmentId id = assignPfdiToAnna();
        world.actor = world.annaLogin;
        answerEveryPfdiItem(id, 1);
        world.mine.submit(id);

        world.daysLater(28);

        assertThat(world.mine.pending()).singleElement().satisfies(pending -> assertThat(pending.dueOn())
                .isEqualTo(world.today()));
        assertThat(world.mine.open(id).answers().scores()).isEmpty();
    }

    @Test
    void another_patient_cannot_open_answer_or_send_anna_s_questionnaire() {
        AssignmentId id = assignPfdiToAnna();
        world.actor = world.beaLogin;

        assertThatThrownBy(() -> world.mine.open(id)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> world.mine.answer(id, 1, Optional.of(BigDecimal.ONE)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> world.mine.submit(id)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void staff_cannot_fill_in_for_her_and_she_cannot_use_the_pt_s_use_cases() {
        AssignmentId id = assignPfdiToAnna();

        assertThatThrownBy(() -> world.mine.open(id)).isInstanceOf(AccessRefusedException.class);
        world.actor = world.annaLogin;
        assertThatThrownBy(() -> world.records.overview(world.anna)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> world.records.assign(world.anna, Instrument.PFDI_20, world.today(), Optional.empty()))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void a_pt_of_another_clinic_and_an_admin_are_refused_every_pt_use_case() {
        AssignmentId id = assignPfdiToAnna();
        var answers = QuestionnaireAnswers.total(Instrument.ODI, BigDecimal.TEN);
        for (var intruder : new app.floorplan.core.identity.Actor[] {world.otherClinicsPt, world.admin}) {
            world.actor = intruder;
            assertThatThrownBy(() -> world.records.overview(world.anna)).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(
                            () -> world.records.assign(world.anna, Instrument.PFIQ_7, world.today(), Optional.empty()))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> world.records.endAssignment(world.anna, id, 0))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> world.records.enter(world.anna, world.today(), answers))
                    .isInstanceOf(AccessRefusedException.class);
        }
    }

    @Test
    void a_pt_cannot_reach_one_patient_s_response_through_another_patient() {
        world.actor = world.pia;
        var response = world.records.enter(
                world.anna, world.today(), QuestionnaireAnswers.total(Instrument.ODI, new BigDecimal("30")));

        assertThatThrownBy(() -> world.records.open(world.bea, response.id()))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> world.records.correct(
                        world.bea,
                        response.id(),
                        1,
                        world.today(),
                        QuestionnaireAnswers.total(Instrument.ODI, BigDecimal.ONE),
                        "slip"))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void a_paper_copy_answered_since_the_due_day_answers_it_and_replaces_her_draft() {
        AssignmentId id = assignPfdiToAnna();
        world.actor = world.annaLogin;
        world.mine.answer(id, 1, Optional.of(BigDecimal.ONE));
        world.actor = world.pia;

        var paper = world.records.enter(
                world.anna,
                world.today(),
                QuestionnaireAnswers.ofInts(
                        Instrument.PFDI_20,
                        merged(
                                from(1, 0, 0, 0, 0, 0, 0),
                                from(7, 1, 1, 1, 1, 1, 1, 1, 1),
                                from(15, 2, 2, 2, 2, 2, 2))));

        assertThat(paper.occurrence()).map(Occurrence::assignment).contains(id);
        assertThat(paper.source()).isEqualTo(ResponseSource.PAPER);
        assertThat(paper.score().total()).isEqualByComparingTo("75");
        assertThat(world.store.drafts()).isZero();
        world.actor = world.annaLogin;
        assertThat(world.mine.pending()).isEmpty();
        assertThat(world.mine.open(id).sentOn()).contains(world.today());
    }

    @Test
    void a_paper_copy_from_before_the_due_day_leaves_the_phone_questionnaire_open() {
        assignPfdiToAnna();
        var allOnes = merged(from(1, 1, 1, 1, 1, 1, 1), from(7, 1, 1, 1, 1, 1, 1, 1, 1), from(15, 1, 1, 1, 1, 1, 1));

        var paper = world.records.enter(
                world.anna, world.today().minusDays(3), QuestionnaireAnswers.ofInts(Instrument.PFDI_20, allOnes));

        assertThat(paper.occurrence()).isEmpty();
        world.actor = world.annaLogin;
        assertThat(world.mine.pending()).hasSize(1);
    }

    @Test
    void a_correction_is_a_new_version_with_a_reason_and_a_stale_one_is_refused() {
        var first = world.records.enter(
                world.anna, world.today(), QuestionnaireAnswers.total(Instrument.ICIQ_UI_SF, BigDecimal.valueOf(12)));

        var corrected = world.records.correct(
                world.anna,
                first.id(),
                1,
                world.today(),
                QuestionnaireAnswers.total(Instrument.ICIQ_UI_SF, BigDecimal.valueOf(10)),
                "Added up the paper copy wrongly");

        assertThat(corrected.revision().number()).isEqualTo(2);
        assertThat(world.records.open(world.anna, first.id()))
                .extracting(response -> response.revision().replaced(), response -> response.score()
                        .totalLabel())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(true, "12"),
                        org.assertj.core.groups.Tuple.tuple(false, "10"));
        assertThatThrownBy(() -> world.records.correct(
                        world.anna,
                        first.id(),
                        1,
                        world.today(),
                        QuestionnaireAnswers.total(Instrument.ICIQ_UI_SF, BigDecimal.ONE),
                        "Again"))
                .isInstanceOf(EditConflictException.class);
        assertThatThrownBy(() -> world.records.correct(
                        world.anna,
                        first.id(),
                        2,
                        world.today(),
                        QuestionnaireAnswers.total(Instrument.ICIQ_UI_SF, BigDecimal.ONE),
                        " "))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void an_epds_with_item_10_above_0_is_flagged_in_the_overview_and_by_the_alert_query() {
        var items = merged(from(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2));
        world.records.enter(world.anna, world.today(), QuestionnaireAnswers.ofInts(Instrument.EPDS, items));
        world.records.enter(
                world.anna,
                world.today().minusDays(7),
                QuestionnaireAnswers.ofInts(Instrument.EPDS, merged(from(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0))));

        assertThat(world.records.overview(world.anna).selfHarm())
                .singleElement()
                .satisfies(flag -> {
                    assertThat(flag.itemScore()).isEqualTo(2);
                    assertThat(flag.answeredOn()).isEqualTo(world.today());
                    assertThat(flag.reason()).startsWith("EPDS item 10 (thoughts of self-harm) scored 2: ask about");
                });
        SelfHarmAnswers alertQuery = world.store;
        assertThat(alertQuery.selfHarmAnswers(world.ourClinic, world.today().minusDays(28)))
                .singleElement()
                .extracting(SelfHarmAnswer::patient)
                .isEqualTo(world.anna);
    }

    @Test
    void a_transcription_slip_on_item_10_corrected_to_0_no_longer_alerts_and_one_corrected_to_1_does() {
        var slip = world.records.enter(
                world.anna,
                world.today(),
                QuestionnaireAnswers.ofInts(Instrument.EPDS, merged(from(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))));
        var missed = world.records.enter(
                world.anna,
                world.today().minusDays(1),
                QuestionnaireAnswers.ofInts(Instrument.EPDS, merged(from(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))));

        world.records.correct(
                world.anna,
                slip.id(),
                1,
                world.today(),
                QuestionnaireAnswers.ofInts(Instrument.EPDS, merged(from(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))),
                "Item 10 was 0 on the sheet");
        world.records.correct(
                world.anna,
                missed.id(),
                1,
                world.today().minusDays(1),
                QuestionnaireAnswers.ofInts(Instrument.EPDS, merged(from(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))),
                "Item 10 was 1 on the sheet");

        assertThat(world.store.selfHarmAnswers(world.ourClinic, world.today().minusDays(28)))
                .singleElement()
                .extracting(SelfHarmAnswer::response)
                .isEqualTo(missed.id());
    }

    @Test
    void an_item_10_score_of_0_or_above_3_is_no_self_harm_answer() {
        assertThatThrownBy(() -> new SelfHarmAnswer(world.anna, ResponseId.random(), world.today(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SelfHarmAnswer(world.anna, ResponseId.random(), world.today(), 4))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_epds_cannot_be_assigned_to_her_phone() {
        assertThatThrownBy(() -> world.records.assign(world.anna, Instrument.EPDS, world.today(), Optional.empty()))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.getMessage())
                        .contains("Royal College of Psychiatrists"));
    }

    @Test
    void ending_an_assignment_stops_it_falling_due_and_a_stale_end_is_a_conflict() {
        AssignmentId id = assignPfdiToAnna();

        assertThatThrownBy(() -> world.records.endAssignment(world.anna, id, 3))
                .isInstanceOf(EditConflictException.class);
        world.records.endAssignment(world.anna, id, 0);

        world.actor = world.annaLogin;
        assertThat(world.mine.pending()).isEmpty();
        assertThat(world.mine.open(id).open()).isFalse();
    }

    @Test
    void every_view_and_change_is_audited_with_the_patient_and_no_answers() {
        AssignmentId id = assignPfdiToAnna();
        world.actor = world.annaLogin;
        world.mine.open(id);
        answerEveryPfdiItem(id, 0);
        world.mine.submit(id);
        world.actor = world.pia;
        var overview = world.records.overview(world.anna);
        world.records.open(world.anna, overview.responses().getFirst().id());
        world.records.endAssignment(world.anna, id, 0);

        assertThat(world.audit)
                .extracting(AuditEvent::action)
                .containsSubsequence(
                        AuditAction.QUESTIONNAIRE_ASSIGNED,
                        AuditAction.QUESTIONNAIRE_OPENED,
                        AuditAction.QUESTIONNAIRE_DRAFT_SAVED,
                        AuditAction.QUESTIONNAIRE_SUBMITTED,
                        AuditAction.QUESTIONNAIRES_VIEWED,
                        AuditAction.QUESTIONNAIRE_VIEWED,
                        AuditAction.QUESTIONNAIRE_ASSIGNMENT_ENDED);
        assertThat(world.audit).allSatisfy(event -> assertThat(event.patient()).contains(world.anna));
        assertThat(world.audit.toString()).doesNotContain("bothers");
    }

    @Test
    void a_stale_link_to_a_questionnaire_not_due_yet_opens_as_not_open() {
        world.actor = world.pia;
        var id = world.records
                .assign(world.anna, Instrument.PFIQ_7, world.today().plusDays(3), Optional.empty())
                .id();
        world.actor = world.annaLogin;

        assertThat(world.mine.pending()).isEmpty();
        assertThat(world.mine.open(id).dueOn()).isEmpty();
        assertThatThrownBy(() -> world.mine.submit(id)).isInstanceOf(InvalidInputException.class);
    }
}
