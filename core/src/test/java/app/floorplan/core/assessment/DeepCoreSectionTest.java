package app.floorplan.core.assessment;

import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeepCoreSectionTest {

    @ParameterizedTest(name = "left {0} + right {1} = {2}, positive: {3}")
    @CsvSource({"0, 0, 0, false", "1, 0, 1, true", "0, 1, 1, true", "5, 5, 10, true", "2, 3, 5, true"})
    void the_aslr_total_is_both_sides_and_any_total_of_1_or_more_is_positive(
            int left, int right, int total, boolean positive) {
        var aslr = AslrScore.of(left, right, Optional.empty());

        assertThat(aslr.total()).isEqualTo(total);
        assertThat(aslr.positive()).isEqualTo(positive);
    }

    @ParameterizedTest(name = "left {0}, right {1} refuses {2}")
    @CsvSource({"-1, 0, aslr.left", "6, 0, aslr.left", "0, -1, aslr.right", "0, 6, aslr.right"})
    void aslr_sides_outside_0_to_5_are_refused(int left, int right, String field) {
        assertThat(refusedFields(() -> AslrScore.of(left, right, Optional.empty())))
                .containsExactly(field);
    }

    @Test
    void both_sides_out_of_range_are_reported_at_once() {
        assertThat(refusedFields(() -> AslrScore.of(9, -2, Optional.empty())))
                .containsExactlyInAnyOrder("aslr.left", "aslr.right");
    }

    @Test
    void compression_cannot_make_a_test_without_difficulty_better() {
        assertThat(refusedFields(() -> AslrScore.of(0, 0, Optional.of(PelvicCompressionEffect.BETTER))))
                .containsExactly("aslr.pelvicCompression");
        assertThat(AslrScore.of(0, 0, Optional.of(PelvicCompressionEffect.SAME)).withPelvicCompression())
                .contains(PelvicCompressionEffect.SAME);
        assertThat(AslrScore.of(1, 0, Optional.of(PelvicCompressionEffect.BETTER))
                        .withPelvicCompression())
                .contains(PelvicCompressionEffect.BETTER);
    }

    @Test
    void doming_is_listed_for_the_tested_tasks_where_it_was_seen_in_test_order() {
        var deepCore = new DeepCoreSection(
                TvaActivation.WITH_SUBSTITUTION,
                Map.of(
                        DomingTask.SIT_UP_FROM_LYING, true,
                        DomingTask.HEAD_LIFT, false,
                        DomingTask.CURL_UP, true),
                Optional.empty());

        assertThat(deepCore.tasksWithDoming()).containsExactly(DomingTask.CURL_UP, DomingTask.SIT_UP_FROM_LYING);
        assertThat(deepCore.anyDomingTaskTested()).isTrue();
    }

    @Test
    void a_deep_core_section_without_doming_tasks_has_not_tested_doming() {
        var deepCore = new DeepCoreSection(TvaActivation.WEAK, Map.of(), Optional.empty());

        assertThat(deepCore.anyDomingTaskTested()).isFalse();
        assertThat(deepCore.tasksWithDoming()).isEmpty();
    }
}
