package app.floorplan.core.patient;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PatientListTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private final ClinicId ourClinic = ClinicId.random();
    private final ClinicId otherClinic = ClinicId.random();
    private final InMemoryPatients patients = new InMemoryPatients();
    private final List<AuditEvent> audit = new ArrayList<>();
    private Actor actor = staff(Role.PT, ourClinic);
    private final PatientList list =
            new PatientList(patients, () -> actor, new AuditTrail(audit::add, Clock.systemUTC()));

    @Test
    void a_pt_sees_only_her_own_clinics_patients_and_the_view_is_audited() {
        patients.given(patient(ourClinic, "Anna", "Berg"));
        patients.given(patient(otherClinic, "Olga", "Other"));

        assertThat(list.page(PatientQuery.all(), 0, 50))
                .extracting(PatientListItem::fullName)
                .containsExactly("Anna Berg");
        assertThat(audit).extracting(AuditEvent::action).containsExactly(AuditAction.PATIENT_LIST_VIEWED);
    }

    @Test
    void the_clinic_admin_may_list_patients_too() {
        actor = staff(Role.ADMIN, ourClinic);
        patients.given(patient(ourClinic, "Anna", "Berg"));

        assertThat(list.page(PatientQuery.all(), 0, 50)).hasSize(1);
    }

    @Test
    void a_patient_is_refused_the_patient_list() {
        PatientId own = patients.given(patient(ourClinic, "Anna", "Berg"));
        actor = new Actor(AccountId.random(), "Anna", Role.PATIENT, ourClinic, Optional.of(own));

        assertThatThrownBy(() -> list.page(PatientQuery.all(), 0, 50)).isInstanceOf(AccessRefusedException.class);
        assertThat(audit).isEmpty();
    }

    @Test
    void a_page_request_is_clamped_to_a_sane_size() {
        for (int i = 0; i < PatientList.MAX_PAGE + 5; i++) {
            patients.given(patient(ourClinic, "P" + i, "Family"));
        }
        assertThat(list.page(PatientQuery.all(), -3, 10_000)).hasSize(PatientList.MAX_PAGE);
    }

    private static Actor staff(Role role, ClinicId clinic) {
        return new Actor(AccountId.random(), "Staff", role, clinic, Optional.empty());
    }

    private static Patient patient(ClinicId clinic, String given, String family) {
        return new Patient(
                PatientId.random(),
                clinic,
                PatientDetails.of(
                        given, family, LocalDate.of(1990, 1, 1), "", "", "English", Optional.empty(), "", TODAY),
                false,
                0);
    }
}
