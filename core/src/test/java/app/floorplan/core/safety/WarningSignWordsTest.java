package app.floorplan.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Her own words that may describe a postnatal warning sign [NICE-NG194] [CDC-HEARHER] show the help card. */
class WarningSignWordsTest {

    @ParameterizedTest(name = "\"{0}\" may be {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "My left calf hurts and looks swollen | LEG_CLOT",
                "Short of breath walking upstairs | CHEST_OR_BREATHING",
                "Soaked a pad within the hour | HEAVY_BLEEDING",
                "Passing big CLOTS since this morning | HEAVY_BLEEDING",
                "Felt dizzy when I stood up | BLEEDING_WITH_FAINTNESS",
                "Terrible headache and blurry vision | PRE_ECLAMPSIA",
                "Numb between my legs | NERVE_PRESSURE",
                "I can\u2019t go on like this | THOUGHTS_OF_HARM",
                "Fever and my stitches smell | INFECTION",
                "Féver of 39 | INFECTION"
            })
    void a_warning_sign_in_her_words_is_recognised(String words, WarningSign sign) {
        assertThat(WarningSignWords.in(words)).contains(sign);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tired today", "Baby woke up three times", "Hips a bit stiff", "Felt great", ""})
    void ordinary_notes_show_no_help_card(String words) {
        assertThat(WarningSignWords.in(words)).isEmpty();
    }
}
