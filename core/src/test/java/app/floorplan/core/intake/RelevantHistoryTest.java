package app.floorplan.core.intake;

import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RelevantHistoryTest {

    @Test
    void surgery_details_are_kept_trimmed_when_surgery_is_answered_yes() {
        var history = new RelevantHistory(true, false, true, true, Optional.of("  Appendectomy 2015 "));

        assertThat(history.surgeryDetails()).contains("Appendectomy 2015");
        assertThat(history.previousBackPain()).isTrue();
        assertThat(history.pelvicGirdlePainInPregnancy()).isTrue();
    }

    @Test
    void surgery_details_without_surgery_are_refused() {
        assertThat(refusedFields(() -> new RelevantHistory(false, false, false, false, Optional.of("Appendectomy"))))
                .containsExactly("history.surgeryDetails");
    }

    @Test
    void blank_surgery_details_count_as_none() {
        assertThat(new RelevantHistory(false, false, false, false, Optional.of("   ")).surgeryDetails())
                .isEmpty();
    }

    @Test
    void surgery_details_of_1000_characters_are_kept_and_1001_are_refused() {
        assertThat(new RelevantHistory(false, false, false, true, Optional.of("s".repeat(1000))).surgeryDetails())
                .hasValueSatisfying(details -> assertThat(details).hasSize(1000));
        assertThat(refusedFields(() -> new RelevantHistory(false, false, false, true, Optional.of("s".repeat(1001)))))
                .containsExactly("history.surgeryDetails");
    }
}
