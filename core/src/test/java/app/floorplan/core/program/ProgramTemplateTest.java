package app.floorplan.core.program;

import static app.floorplan.core.program.ProgramFixtures.BREATHING;
import static app.floorplan.core.program.ProgramFixtures.HEEL_SLIDES;
import static app.floorplan.core.program.ProgramFixtures.PT;
import static app.floorplan.core.program.ProgramFixtures.content;
import static app.floorplan.core.program.ProgramFixtures.id;
import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.identity.ClinicId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProgramTemplateTest {

    private final ClinicId clinic = ClinicId.random();
    private final ProgramContent earlyPostnatal = content(ProgramPhase.BREATH_AND_CONNECTION, BREATHING, HEEL_SLIDES);

    @Test
    void a_clinic_saves_a_named_template() {
        var template = ProgramTemplate.create(clinic, "  Early postnatal ", earlyPostnatal, PT);

        assertThat(template.name()).isEqualTo("Early postnatal");
        assertThat(template.clinic()).isEqualTo(clinic);
        assertThat(template.createdBy()).isEqualTo(PT);
        assertThat(template.content()).isEqualTo(earlyPostnatal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Early\npostnatal"})
    void a_template_needs_a_name_on_one_line(String name) {
        assertThat(refusedFields(() -> ProgramTemplate.create(clinic, name, earlyPostnatal, PT)))
                .containsExactly("template.name");
    }

    @Test
    void a_template_name_has_at_most_80_characters() {
        assertThat(refusedFields(() -> ProgramTemplate.create(clinic, "t".repeat(81), earlyPostnatal, PT)))
                .containsExactly("template.name");
    }

    @Test
    void a_program_started_from_a_template_is_the_templates_content_for_the_pt_to_adapt() {
        var template = ProgramTemplate.create(clinic, "Early postnatal", earlyPostnatal, PT);

        var adapted = template.startProgram()
                .addItem(id("glute-bridge"), Dosage.builder().sets(2).reps(10), "")
                .build();

        assertThat(template.startProgram().build()).isEqualTo(earlyPostnatal);
        assertThat(adapted.items()).hasSize(3);
        assertThat(template.content()).as("the template is unchanged").isEqualTo(earlyPostnatal);
    }
}
