package app.floorplan.core.safety;

import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The two tiers of the help card follow [AWHONN-POSTBIRTH]. */
class GetHelpNowTest {

    @Test
    void awhonn_chest_pain_breathlessness_fits_and_thoughts_of_harm_mean_call_the_emergency_number_now() {
        var card = new GetHelpNow("999");

        assertThat(card.emergencyHeading()).isEqualTo("Call 999 now if you notice:");
        assertThat(card.emergencySigns())
                .contains(
                        WarningSign.CHEST_OR_BREATHING,
                        WarningSign.FIT_OR_COLLAPSE,
                        WarningSign.THOUGHTS_OF_HARM,
                        WarningSign.BLEEDING_WITH_FAINTNESS);
        assertThat(card.footer()).contains("call 999");
    }

    @Test
    void awhonn_a_pad_soaked_in_an_hour_a_swollen_leg_or_a_fever_mean_call_the_midwife_or_gp_now() {
        var card = new GetHelpNow("112");

        assertThat(card.callNowSigns())
                .containsExactly(
                        WarningSign.HEAVY_BLEEDING,
                        WarningSign.LEG_CLOT,
                        WarningSign.PRE_ECLAMPSIA,
                        WarningSign.INFECTION);
        assertThat(WarningSign.HEAVY_BLEEDING.signs()).contains("soaks a pad in an hour or less");
        assertThat(card.callNowHeading()).contains("now, day or night");
    }

    @Test
    void an_emergency_number_must_be_digits() {
        assertThat(refusedFields(() -> new GetHelpNow("call me"))).containsExactly("emergencyNumber");
        assertThat(new GetHelpNow(" 911 ").emergencyNumber()).isEqualTo("911");
    }
}
