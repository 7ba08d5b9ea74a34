package app.floorplan.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditEvent;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanDocumentsTest {

    private final ExportWorld world = new ExportWorld();

    @Test
    void the_pt_prints_the_current_version_with_everything_a_patient_needs_at_home() {
        PatientId chloe = world.patientWithFullRecord();
        world.side.logInAs(Role.PT, world.side.clinic);

        ExportedFile file = world.planDocuments.version(chloe, 2, PaperSize.A4).orElseThrow();

        assertThat(file.mediaType()).isEqualTo("application/pdf");
        assertThat(file.fileName()).isEqualTo("home-program-v2-2026-11-14.pdf").doesNotContain("Chlo");
        PlanDocument plan = world.renderedPlans.getLast();
        assertThat(plan.clinicName()).isEqualTo(ExportWorld.CLINIC_NAME);
        assertThat(plan.patientName()).isEqualTo("Chloé Wiśniewska-Yılmaz");
        assertThat(plan.current()).isTrue();
        assertThat(plan.prescribedBy()).isEqualTo("Pia Lindqvist");
        assertThat(plan.items()).hasSize(3);
        assertThat(plan.items().get(1).shown().dosage()).contains("each side");
        assertThat(plan.reasonForPatient()).contains("Doming gone at re-assessment");
        assertThat(plan.getHelpNow().emergencyNumber()).isEqualTo("112");
        assertThat(plan.tickSheet().rows()).hasSize(3).first().asString().startsWith("1. ");
        assertThat(world.side.audit)
                .extracting(AuditEvent::action, AuditEvent::patient)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.PLAN_EXPORTED, java.util.Optional.of(chloe)));
    }

    @Test
    void an_earlier_version_prints_as_replaced_on_the_day_the_next_one_was_prescribed() {
        PatientId chloe = world.patientWithFullRecord();
        world.side.logInAs(Role.PT, world.side.clinic);

        world.planDocuments.version(chloe, 1, PaperSize.US_LETTER).orElseThrow();

        PlanDocument plan = world.renderedPlans.getLast();
        assertThat(plan.version()).isEqualTo(1);
        assertThat(plan.current()).isFalse();
        assertThat(plan.replacedOn()).contains(LocalDate.of(2026, 11, 14));
        assertThat(plan.items()).hasSize(1);
    }

    @Test
    void a_version_that_does_not_exist_is_empty_and_not_audited() {
        PatientId chloe = world.patientWithFullRecord();
        world.side.logInAs(Role.PT, world.side.clinic);

        assertThat(world.planDocuments.version(chloe, 3, PaperSize.A4)).isEmpty();
        assertThat(world.side.audit).isEmpty();
    }

    @Test
    void the_patient_prints_her_own_current_plan() {
        world.patientWithFullRecord();

        world.planDocuments.mine(PaperSize.A4).orElseThrow();

        assertThat(world.renderedPlans.getLast().version()).isEqualTo(2);
        assertThat(world.side.audit).extracting(AuditEvent::action).containsExactly(AuditAction.PLAN_EXPORTED);
    }

    @Test
    void a_patient_without_a_plan_has_nothing_to_print() {
        world.side.patient("Bea");

        assertThat(world.planDocuments.mine(PaperSize.A4)).isEmpty();
    }

    @Test
    void a_pt_of_another_clinic_an_admin_and_a_patient_cannot_print_a_patients_program() {
        PatientId chloe = world.patientWithFullRecord();

        world.side.logInAs(Role.PT, ClinicId.random());
        assertThatThrownBy(() -> world.planDocuments.version(chloe, 2, PaperSize.A4))
                .isInstanceOf(AccessRefusedException.class);
        world.side.logInAs(Role.ADMIN, world.side.clinic);
        assertThatThrownBy(() -> world.planDocuments.version(chloe, 2, PaperSize.A4))
                .isInstanceOf(AccessRefusedException.class);
        world.side.logIn(chloe);
        assertThatThrownBy(() -> world.planDocuments.version(chloe, 2, PaperSize.A4))
                .isInstanceOf(AccessRefusedException.class);
        world.side.logInAs(Role.PT, world.side.clinic);
        assertThatThrownBy(() -> world.planDocuments.mine(PaperSize.A4)).isInstanceOf(AccessRefusedException.class);
        assertThat(world.renderedPlans).isEmpty();
        assertThat(world.side.audit).isEmpty();
    }
}
