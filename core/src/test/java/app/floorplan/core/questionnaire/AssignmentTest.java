package app.floorplan.core.questionnaire;

import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When an assigned questionnaire falls due: once, or every N weeks, only the latest due day open. */
class AssignmentTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private static Assignment every(Optional<Integer> weeks) {
        return Assignment.assign(
                AssignmentId.random(),
                PatientId.random(),
                Instrument.PFDI_20,
                MONDAY,
                weeks,
                AccountId.random(),
                Instant.EPOCH,
                MONDAY);
    }

    @Test
    void a_one_off_is_due_from_its_day_on_and_nothing_comes_after() {
        var once = every(Optional.empty());

        assertThat(once.latestDue(MONDAY.minusDays(1))).isEmpty();
        assertThat(once.latestDue(MONDAY)).map(Occurrence::dueOn).contains(MONDAY);
        assertThat(once.latestDue(MONDAY.plusWeeks(10))).map(Occurrence::dueOn).contains(MONDAY);
        assertThat(once.nextDueAfter(MONDAY.minusDays(1))).contains(MONDAY);
        assertThat(once.nextDueAfter(MONDAY)).isEmpty();
        assertThat(once.schedule()).isEqualTo("once, on 2 Nov 2026");
    }

    @Test
    void every_four_weeks_the_latest_due_day_is_open_and_missed_ones_are_not_stacked() {
        var monthly = every(Optional.of(4));

        assertThat(monthly.latestDue(MONDAY.plusWeeks(4).minusDays(1)))
                .map(Occurrence::dueOn)
                .contains(MONDAY);
        assertThat(monthly.latestDue(MONDAY.plusWeeks(4)))
                .map(Occurrence::dueOn)
                .contains(MONDAY.plusWeeks(4));
        assertThat(monthly.latestDue(MONDAY.plusWeeks(9)))
                .map(Occurrence::dueOn)
                .contains(MONDAY.plusWeeks(8));
        assertThat(monthly.nextDueAfter(MONDAY.plusWeeks(9))).contains(MONDAY.plusWeeks(12));
        assertThat(monthly.schedule()).isEqualTo("every 4 weeks from 2 Nov 2026");
    }

    @Test
    void an_ended_assignment_is_never_due() {
        var ended = every(Optional.of(1));
        ended = new Assignment(
                ended.id(),
                ended.patient(),
                ended.instrument(),
                ended.startsOn(),
                ended.repeatWeeks(),
                ended.assignedBy(),
                ended.assignedAt(),
                Optional.of(Instant.EPOCH),
                1);

        assertThat(ended.latestDue(MONDAY.plusWeeks(3))).isEmpty();
        assertThat(ended.nextDueAfter(MONDAY)).isEmpty();
    }

    @Test
    void a_pt_entered_instrument_a_past_day_and_a_repeat_outside_1_to_52_weeks_are_refused() {
        assertThat(refusedFields(() -> Assignment.assign(
                        AssignmentId.random(),
                        PatientId.random(),
                        Instrument.ODI,
                        MONDAY.minusDays(1),
                        Optional.of(53),
                        AccountId.random(),
                        Instant.EPOCH,
                        MONDAY)))
                .containsExactlyInAnyOrder(
                        QuestionnaireFields.INSTRUMENT,
                        QuestionnaireFields.STARTS_ON,
                        QuestionnaireFields.REPEAT_WEEKS);
        assertThat(refusedFields(() -> Assignment.assign(
                        AssignmentId.random(),
                        PatientId.random(),
                        Instrument.PFIQ_7,
                        MONDAY.plusDays(366),
                        Optional.of(0),
                        AccountId.random(),
                        Instant.EPOCH,
                        MONDAY)))
                .containsExactlyInAnyOrder(QuestionnaireFields.STARTS_ON, QuestionnaireFields.REPEAT_WEEKS);
    }
}
