package app.floorplan.core.program;

import static app.floorplan.core.program.ProgramFixtures.BREATHING;
import static app.floorplan.core.program.ProgramFixtures.HEEL_SLIDES;
import static app.floorplan.core.program.ProgramFixtures.NOW;
import static app.floorplan.core.program.ProgramFixtures.content;
import static app.floorplan.core.program.ProgramFixtures.draft;
import static app.floorplan.core.testing.Refusals.refusals;
import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditEvent;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.validation.Violation;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgramTemplatesTest {

    private final ClinicId ourClinic = ClinicId.random();
    private final ClinicId otherClinic = ClinicId.random();
    private final InMemoryTemplates stored = new InMemoryTemplates();
    private final Actor pia = staff(Role.PT, ourClinic);
    private Actor actor = pia;
    private final List<AuditEvent> audit = new ArrayList<>();

    private final ProgramTemplates templates = new ProgramTemplates(
            stored,
            (clinic, id) -> ProgramFixtures.LIBRARY.find(id),
            () -> actor,
            new AuditTrail(audit::add, Clock.fixed(NOW, ZoneOffset.UTC)));

    private final ProgramContent earlyPostnatal = content(ProgramPhase.BREATH_AND_CONNECTION, BREATHING, HEEL_SLIDES);

    @Test
    void a_pt_saves_a_program_as_a_template_of_her_clinic_signed_by_herself() {
        var saved = templates.saveAsTemplate("  Early postnatal, after a C-section ", earlyPostnatal);

        assertThat(saved.name()).isEqualTo("Early postnatal, after a C-section");
        assertThat(saved.clinic()).isEqualTo(ourClinic);
        assertThat(saved.createdBy()).isEqualTo(pia.accountId());
        assertThat(saved.content()).isEqualTo(earlyPostnatal);
        assertThat(templates.list()).containsExactly(saved);
    }

    @Test
    void saving_a_template_is_audited_without_a_patient_and_a_refused_one_is_not() {
        var saved = templates.saveAsTemplate("Early postnatal", earlyPostnatal);
        assertThat(refusedFields(() -> templates.saveAsTemplate(" ", earlyPostnatal)))
                .containsExactly(ProgramFields.TEMPLATE_NAME);

        assertThat(audit).extracting(AuditEvent::action).containsExactly(AuditAction.PROGRAM_TEMPLATE_SAVED);
        assertThat(audit.getFirst().actor()).contains(pia.accountId());
        assertThat(audit.getFirst().patient()).isEmpty();
        assertThat(audit.getFirst().record()).contains(saved.id().value());
    }

    @Test
    void a_missing_too_long_or_multi_line_name_is_refused_under_the_template_name_and_nothing_is_saved() {
        assertThat(refusals(() -> templates.saveAsTemplate("", earlyPostnatal)))
                .extracting(Violation::field, Violation::message)
                .containsExactly(tuple(ProgramFields.TEMPLATE_NAME, "Give the template a name"));
        assertThat(refusedFields(() -> templates.saveAsTemplate("x".repeat(81), earlyPostnatal)))
                .containsExactly(ProgramFields.TEMPLATE_NAME);
        assertThat(refusedFields(() -> templates.saveAsTemplate("Early\npostnatal", earlyPostnatal)))
                .containsExactly(ProgramFields.TEMPLATE_NAME);

        assertThat(templates.list()).isEmpty();
    }

    @Test
    void a_name_the_clinic_already_uses_is_refused_whatever_its_case() {
        templates.saveAsTemplate("Early postnatal", earlyPostnatal);

        assertThat(refusals(() -> templates.saveAsTemplate("EARLY POSTNATAL", earlyPostnatal)))
                .extracting(Violation::message)
                .containsExactly("Your clinic already has a template with this name");
        assertThat(templates.list()).hasSize(1);
    }

    @Test
    void another_clinic_may_use_the_same_name() {
        templates.saveAsTemplate("Early postnatal", earlyPostnatal);
        actor = staff(Role.PT, otherClinic);

        templates.saveAsTemplate("Early postnatal", earlyPostnatal);

        assertThat(templates.list()).hasSize(1);
        assertThat(stored.all).hasSize(2);
    }

    @Test
    void an_exercise_the_clinic_cannot_prescribe_is_refused_on_its_item_together_with_a_bad_name() {
        var withUnknown = draft(ProgramPhase.STABILITY, BREATHING)
                .addItem(ExerciseId.random(), Dosage.builder().reps(10), "")
                .build();

        assertThat(refusedFields(() -> templates.saveAsTemplate("", withUnknown)))
                .containsExactlyInAnyOrder(ProgramFields.TEMPLATE_NAME, "program.items[1].exercise");
        assertThat(stored.all).isEmpty();
    }

    @Test
    void the_clinic_lists_only_its_own_templates_by_name() {
        var later = templates.saveAsTemplate("stability, week 6", earlyPostnatal);
        var earlier = templates.saveAsTemplate("Early postnatal", earlyPostnatal);
        actor = staff(Role.PT, otherClinic);
        templates.saveAsTemplate("Return to running", earlyPostnatal);
        actor = staff(Role.ADMIN, ourClinic);

        assertThat(templates.list()).containsExactly(earlier, later);
    }

    @Test
    void a_pt_starts_a_program_from_a_template_as_a_form_to_adapt_and_nothing_is_saved() {
        var saved = templates.saveAsTemplate("Early postnatal", earlyPostnatal);
        audit.clear();

        ProgramContentDraft form = templates.open(saved.id());

        assertThat(form.build()).isEqualTo(earlyPostnatal);
        assertThat(form.items())
                .extracting(ProgramContentDraft.ItemDraft::exercise)
                .containsExactly(ProgramFixtures.id(BREATHING), ProgramFixtures.id(HEEL_SLIDES));
        assertThat(stored.all).hasSize(1);
        assertThat(audit).isEmpty();
    }

    @Test
    void another_clinics_template_reads_like_a_missing_one() {
        var theirs = templates.saveAsTemplate("Early postnatal", earlyPostnatal);
        actor = staff(Role.PT, otherClinic);

        assertThatThrownBy(() -> templates.open(theirs.id())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> templates.open(ProgramTemplateId.random())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void only_a_pt_saves_and_opens_templates_and_a_patient_does_not_even_list_them() {
        var saved = templates.saveAsTemplate("Early postnatal", earlyPostnatal);
        actor = staff(Role.ADMIN, ourClinic);

        assertThat(templates.list()).containsExactly(saved);
        assertThatThrownBy(() -> templates.saveAsTemplate("Another", earlyPostnatal))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> templates.open(saved.id())).isInstanceOf(AccessRefusedException.class);
        actor = new Actor(AccountId.random(), "Anna", Role.PATIENT, ourClinic, Optional.of(PatientId.random()));
        assertThatThrownBy(templates::list).isInstanceOf(AccessRefusedException.class);
        assertThat(stored.all).hasSize(1);
    }

    private static Actor staff(Role role, ClinicId clinic) {
        return new Actor(AccountId.random(), "Staff", role, clinic, Optional.empty());
    }

    /** A fake that keeps the repository contract: scoped to one clinic, listed by name ignoring case. */
    private static final class InMemoryTemplates implements ProgramTemplateRepository {

        private final List<ProgramTemplate> all = new ArrayList<>();

        @Override
        public List<ProgramTemplate> listByClinic(ClinicId clinic) {
            return all.stream()
                    .filter(template -> template.clinic().equals(clinic))
                    .sorted(Comparator.comparing(template -> template.name().toLowerCase(Locale.ROOT)))
                    .toList();
        }

        @Override
        public void add(ProgramTemplate template) {
            all.add(template);
        }
    }
}
