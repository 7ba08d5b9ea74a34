package app.floorplan.core.portal;

import static app.floorplan.core.program.ProgramFixtures.BREATHING;
import static app.floorplan.core.program.ProgramFixtures.DEAD_BUG_MARCHING;
import static app.floorplan.core.program.ProgramFixtures.HEEL_SLIDES;
import static app.floorplan.core.program.ProgramFixtures.content;
import static app.floorplan.core.program.ProgramFixtures.id;
import static app.floorplan.core.program.ProgramFixtures.nameOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditEvent;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.practice.PatientSide;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramId;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MyPlanTest {

    private final PatientSide side = new PatientSide();
    private final MyPlan myPlan = new MyPlan(
            side.patientRepository,
            side.programRepository,
            side.exercises,
            side.log,
            side.calendar,
            side.currentActor,
            side.auditTrail);

    @Test
    void a_patient_without_a_program_gets_her_greeting_and_no_plan() {
        side.patient("Anna");

        MyPlanPage page = myPlan.open();

        assertThat(page.givenName()).isEqualTo("Anna");
        assertThat(page.plan()).isEmpty();
        assertThat(side.audit).extracting(AuditEvent::action).containsExactly(AuditAction.PLAN_VIEWED);
    }

    @Test
    void she_sees_only_the_current_version_with_plain_language_dosage_and_the_shared_reason() {
        PatientId anna = side.patient("Anna");
        side.program(revisedProgram(anna, true));

        PatientPlan plan = myPlan.open().plan().orElseThrow();

        assertThat(plan.phase()).isEqualTo(ProgramPhase.STABILITY);
        assertThat(plan.exercises())
                .extracting(PlanExercise::name)
                .containsExactly(nameOf(id(BREATHING)), nameOf(id(DEAD_BUG_MARCHING)));
        PlanExercise first = plan.exercises().getFirst();
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.steps()).isNotEmpty();
        assertThat(first.dosage()).endsWith(".").doesNotContain(" x ");
        assertThat(plan.changedOn()).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(plan.reasonForChange()).contains("Doming gone: time for stability work");
    }

    @Test
    void a_reason_the_pt_kept_to_the_clinic_is_not_shown() {
        PatientId anna = side.patient("Anna");
        side.program(revisedProgram(anna, false));

        assertThat(myPlan.open().plan().orElseThrow().reasonForChange()).isEmpty();
    }

    @Test
    void each_patient_sees_her_own_plan_only() {
        PatientId anna = side.patient("Anna");
        side.program(revisedProgram(anna, true));
        side.patient("Bea");

        MyPlanPage beas = myPlan.open();

        assertThat(beas.givenName()).isEqualTo("Bea");
        assertThat(beas.plan()).isEmpty();
    }

    @Test
    void staff_cannot_open_a_patients_plan_page() {
        side.logInAsStaff();

        assertThatThrownBy(myPlan::open).isInstanceOf(AccessRefusedException.class);
    }

    private static HomeProgram revisedProgram(PatientId patient, boolean reasonVisible) {
        var first = HomeProgram.start(
                HomeProgramId.random(),
                patient,
                content(ProgramPhase.BREATH_AND_CONNECTION, BREATHING, HEEL_SLIDES),
                AccountId.random(),
                Instant.parse("2026-11-01T09:00:00Z"));
        return first.with(first.revise(
                content(ProgramPhase.STABILITY, BREATHING, DEAD_BUG_MARCHING),
                AccountId.random(),
                Instant.parse("2026-11-14T23:30:00Z"),
                "Doming gone: time for stability work",
                reasonVisible,
                1));
    }
}
