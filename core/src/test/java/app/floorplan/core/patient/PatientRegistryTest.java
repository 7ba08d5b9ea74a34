package app.floorplan.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.core.validation.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PatientRegistryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private final ClinicId ourClinic = ClinicId.random();
    private final InMemoryPatients patients = new InMemoryPatients();
    private final List<AuditEvent> audit = new ArrayList<>();
    private Actor actor = new Actor(AccountId.random(), "Pia", Role.PT, ourClinic, Optional.empty());
    private final PatientRegistry registry =
            new PatientRegistry(patients, () -> actor, new AuditTrail(audit::add, Clock.systemUTC()));

    @Test
    void a_pt_registers_a_patient_in_her_own_clinic_and_it_is_audited() {
        PatientId id = registry.register(details("Anna", "Berg", Optional.empty()), false);

        Patient stored = patients.findById(id).orElseThrow();
        assertThat(stored.clinicId()).isEqualTo(ourClinic);
        assertThat(stored.archived()).isFalse();
        assertThat(audit).extracting(AuditEvent::action).containsExactly(AuditAction.PATIENT_CREATED);
    }

    @Test
    void a_new_patients_form_proposes_the_registering_pt_so_her_alerts_reach_someone_and_an_admin_gets_no_proposal() {
        assertThat(registry.proposedPt()).contains(actor.accountId());

        actor = new Actor(AccountId.random(), "Ada", Role.ADMIN, ourClinic, Optional.empty());

        assertThat(registry.proposedPt()).isEmpty();
    }

    @Test
    void the_same_name_and_birth_date_pauses_registration_until_the_pt_confirms() {
        registry.register(details("Anna", "Berg", Optional.empty()), false);

        PossibleDuplicateException warning = catchThrowableOfType(
                PossibleDuplicateException.class,
                () -> registry.register(details("anna", "BERG", Optional.empty()), false));
        assertThat(warning.matches()).extracting(PossibleDuplicate::fullName).containsExactly("Anna Berg");

        registry.register(details("anna", "BERG", Optional.empty()), true);
        assertThat(patients.search(ourClinic, PatientQuery.all(), 0, 10)).hasSize(2);
    }

    @Test
    void the_second_of_two_saves_on_the_same_opened_version_is_a_conflict_and_writes_nothing() {
        PatientId id = registry.register(details("Anna", "Berg", Optional.empty()), false);
        long opened = registry.open(id).version();

        registry.update(id, opened, details("Anna", "Berg-Lind", Optional.empty()));

        assertThatThrownBy(() -> registry.update(id, opened, details("Annie", "Berg", Optional.empty())))
                .isInstanceOf(EditConflictException.class);
        assertThat(patients.findById(id).orElseThrow().details().familyName()).isEqualTo("Berg-Lind");
    }

    @Test
    void a_patient_of_another_clinic_cannot_be_opened_edited_or_archived() {
        PatientId theirs = registry.register(details("Olga", "Other", Optional.empty()), false);
        actor = new Actor(AccountId.random(), "Other PT", Role.PT, ClinicId.random(), Optional.empty());

        assertThatThrownBy(() -> registry.open(theirs)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> registry.update(theirs, 0, details("X", "Y", Optional.empty())))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> registry.setArchived(theirs, 0, true)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void an_unknown_patient_id_and_another_clinics_patient_are_refused_alike_as_no_such_record() {
        PatientId theirs = registry.register(details("Olga", "Other", Optional.empty()), false);
        actor = new Actor(AccountId.random(), "Other PT", Role.PT, ClinicId.random(), Optional.empty());

        AccessRefusedException unknown =
                catchThrowableOfType(AccessRefusedException.class, () -> registry.open(PatientId.random()));
        AccessRefusedException otherClinic =
                catchThrowableOfType(AccessRefusedException.class, () -> registry.open(theirs));

        assertThat(unknown.isNoSuchRecord()).isTrue();
        assertThat(otherClinic.isNoSuchRecord()).isTrue();
        assertThat(otherClinic.getMessage()).isEqualTo(unknown.getMessage());
    }

    @Test
    void a_patient_login_cannot_register_or_open_patients() {
        PatientId own = registry.register(details("Anna", "Berg", Optional.empty()), false);
        actor = new Actor(AccountId.random(), "Anna", Role.PATIENT, ourClinic, Optional.of(own));

        assertThat(catchThrowableOfType(AccessRefusedException.class, () -> registry.open(own))
                        .isNoSuchRecord())
                .as("a refusal by role is not 'not found'")
                .isFalse();
        assertThatThrownBy(() -> registry.register(details("A", "B", Optional.empty()), true))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void the_assigned_pt_must_be_a_pt_of_the_same_clinic() {
        AssignablePt ours = patients.givenPt(ourClinic, "Pia");
        AssignablePt theirs = patients.givenPt(ClinicId.random(), "Elsewhere");

        assertThat(registry.register(details("Anna", "Berg", Optional.of(ours.id())), false))
                .isNotNull();
        InvalidInputException refused = catchThrowableOfType(
                InvalidInputException.class,
                () -> registry.register(details("Bea", "C", Optional.of(theirs.id())), false));
        assertThat(refused.violations()).extracting(Violation::field).containsExactly("assignedPt");
    }

    @Test
    void archiving_keeps_the_record_and_hides_nothing_but_the_flag_changes() {
        PatientId id = registry.register(details("Anna", "Berg", Optional.empty()), false);

        Patient archived = registry.setArchived(id, 0, true);

        assertThat(archived.archived()).isTrue();
        assertThat(patients.findById(id)).get().extracting(Patient::archived).isEqualTo(true);
        assertThat(audit).extracting(AuditEvent::action).contains(AuditAction.PATIENT_ARCHIVED);
    }

    private static PatientDetails details(String given, String family, Optional<AccountId> pt) {
        return PatientDetails.of(given, family, LocalDate.of(1992, 5, 4), "", "", "English", pt, "", TODAY);
    }
}
