package app.floorplan.core.questionnaire;

import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ODI [FAIRBANK-2000] 0-100 %, ICIQ-UI SF [AVERY-2004] 0-21, PGQ [STUGE-2011] 0-100 %: FloorPlan keeps the total the
 * PT scored on paper, with its range checked (the DB CHECK mirrors it).
 */
class EnteredTotalsTest {

    private static QuestionnaireScore total(Instrument instrument, String value) {
        return instrument.scoring().score(QuestionnaireAnswers.total(instrument, new BigDecimal(value)));
    }

    @ParameterizedTest(name = "{0} {1} is kept")
    @CsvSource({"ODI, 0", "ODI, 100", "ODI, 35.6", "ICIQ_UI_SF, 0", "ICIQ_UI_SF, 21", "PGQ, 0", "PGQ, 100", "PGQ, 33.3"
    })
    void a_total_in_range_is_the_score(Instrument instrument, String value) {
        assertThat(total(instrument, value).total()).isEqualByComparingTo(value);
    }

    @ParameterizedTest(name = "{0} {1} is refused")
    @CsvSource({
        "ODI, -1",
        "ODI, 100.1",
        "ODI, 35.65",
        "ICIQ_UI_SF, 22",
        "ICIQ_UI_SF, -1",
        "ICIQ_UI_SF, 3.5",
        "PGQ, 101",
        "PGQ, 12.34"
    })
    void a_total_out_of_range_or_too_precise_is_refused_at_the_total(Instrument instrument, String value) {
        assertThat(refusedFields(() -> total(instrument, value))).containsExactly(QuestionnaireFields.item(0));
    }

    @Test
    void a_missing_total_or_an_item_score_is_refused() {
        assertThat(refusedFields(
                        () -> Instrument.ODI.scoring().score(QuestionnaireAnswers.ofInts(Instrument.ODI, Map.of()))))
                .containsExactly(QuestionnaireFields.item(0));
        assertThat(refusedFields(() -> Instrument.ODI
                        .scoring()
                        .score(QuestionnaireAnswers.ofInts(Instrument.ODI, Map.of(0, 20, 3, 2)))))
                .containsExactly(QuestionnaireFields.ANSWERS);
    }

    @Test
    void these_instruments_are_totals_entered_by_the_pt_and_never_assigned_to_the_patient() {
        for (Instrument instrument : new Instrument[] {Instrument.ODI, Instrument.ICIQ_UI_SF, Instrument.PGQ}) {
            assertThat(instrument.entryMode()).isEqualTo(EntryMode.TOTAL_BY_PT);
            assertThat(instrument.assignable()).isFalse();
            assertThat(instrument.higherIsWorse()).isTrue();
            assertThat(instrument.whyNoWording()).isNotBlank();
        }
    }
}
