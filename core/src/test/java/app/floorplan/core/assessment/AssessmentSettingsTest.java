package app.floorplan.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditEvent;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.validation.EditConflictException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssessmentSettingsTest {

    private final ClinicId ourClinic = ClinicId.random();
    private final ClinicId otherClinic = ClinicId.random();
    private final InMemoryClinicSettings store = new InMemoryClinicSettings();
    private final List<AuditEvent> audit = new ArrayList<>();
    private Actor actor = staff(Role.ADMIN, ourClinic);
    private final AssessmentSettings settings = new AssessmentSettings(
            store,
            () -> actor,
            new AuditTrail(audit::add, Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC)));

    @Test
    void a_clinic_judges_by_qu_2021_until_its_admin_chooses_beer_2009_and_the_change_is_audited() {
        assertThat(settings.diastasisThresholds()).isEqualTo(DiastasisThresholds.QU_2021);

        settings.chooseDiastasisThresholds(DiastasisThresholds.QU_2021, DiastasisThresholds.BEER_2009);

        assertThat(settings.diastasisThresholds()).isEqualTo(DiastasisThresholds.BEER_2009);
        assertThat(store.diastasisThresholds(ourClinic)).isEqualTo(DiastasisThresholds.BEER_2009);
        assertThat(store.diastasisThresholds(otherClinic))
                .as("another clinic keeps its own setting")
                .isEqualTo(DiastasisThresholds.QU_2021);
        assertThat(audit)
                .extracting(AuditEvent::action)
                .containsExactly(
                        AuditAction.CLINIC_SETTINGS_VIEWED,
                        AuditAction.CLINIC_SETTINGS_CHANGED,
                        AuditAction.CLINIC_SETTINGS_VIEWED);
        assertThat(audit.get(1).record()).contains(ourClinic.value());
    }

    @Test
    void a_choice_made_on_a_stale_screen_is_a_conflict_and_changes_nothing() {
        settings.chooseDiastasisThresholds(DiastasisThresholds.QU_2021, DiastasisThresholds.BEER_2009);

        assertThatThrownBy(() ->
                        settings.chooseDiastasisThresholds(DiastasisThresholds.QU_2021, DiastasisThresholds.QU_2021))
                .isInstanceOf(EditConflictException.class);
        assertThat(store.diastasisThresholds(ourClinic)).isEqualTo(DiastasisThresholds.BEER_2009);
        assertThat(audit)
                .filteredOn(e -> e.action() == AuditAction.CLINIC_SETTINGS_CHANGED)
                .hasSize(1);
    }

    @Test
    void a_pt_and_a_patient_can_neither_read_nor_change_the_setting() {
        for (var refused : List.of(
                staff(Role.PT, ourClinic),
                new Actor(AccountId.random(), "Anna", Role.PATIENT, ourClinic, Optional.of(PatientId.random())))) {
            actor = refused;

            assertThatThrownBy(settings::diastasisThresholds).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> settings.chooseDiastasisThresholds(
                            DiastasisThresholds.QU_2021, DiastasisThresholds.BEER_2009))
                    .isInstanceOf(AccessRefusedException.class);
        }
        assertThat(store.diastasisThresholds(ourClinic)).isEqualTo(DiastasisThresholds.QU_2021);
        assertThat(audit).isEmpty();
    }

    @Test
    void another_clinics_admin_changes_only_her_own_clinic() {
        actor = staff(Role.ADMIN, otherClinic);

        settings.chooseDiastasisThresholds(DiastasisThresholds.QU_2021, DiastasisThresholds.BEER_2009);

        assertThat(store.diastasisThresholds(otherClinic)).isEqualTo(DiastasisThresholds.BEER_2009);
        assertThat(store.diastasisThresholds(ourClinic)).isEqualTo(DiastasisThresholds.QU_2021);
    }

    private static Actor staff(Role role, ClinicId clinic) {
        return new Actor(AccountId.random(), role.name(), role, clinic, Optional.empty());
    }
}
