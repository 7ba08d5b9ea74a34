package app.floorplan.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SectionTest {

    @Test
    void an_assessed_section_has_its_values() {
        var breathing = AssessmentFixtures.normalBreathing();
        Section<BreathingSection> section = Section.assessed(breathing);

        assertThat(section.isAssessed()).isTrue();
        assertThat(section.values()).contains(breathing);
    }

    @Test
    void a_section_not_assessed_has_no_values_to_read_as_normal() {
        Section<BreathingSection> section = Section.notAssessed();

        assertThat(section.isAssessed()).isFalse();
        assertThat(section.values()).isEmpty();
    }

    @Test
    void the_sections_builder_leaves_every_section_it_is_not_given_not_assessed() {
        var sections = AssessmentSections.builder()
                .breathing(AssessmentFixtures.normalBreathing())
                .build();

        assertThat(sections.breathing().isAssessed()).isTrue();
        assertThat(sections.painAtVisit().isAssessed()).isFalse();
        assertThat(sections.deepCore().isAssessed()).isFalse();
        assertThat(sections.pelvicFloor().isAssessed()).isFalse();
        assertThat(sections.diastasis().isAssessed()).isFalse();
        assertThat(sections.mobility().isAssessed()).isFalse();
        assertThat(sections.caesareanScar().isAssessed()).isFalse();
        assertThat(sections.anyAssessed()).isTrue();
        assertThat(AssessmentSections.builder().build().anyAssessed()).isFalse();
        assertThat(AssessmentSections.builder()
                        .painAtVisit(PainAtVisitSection.of(0, 0))
                        .build()
                        .anyAssessed())
                .as("pain alone is an assessment")
                .isTrue();
    }
}
