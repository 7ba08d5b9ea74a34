package app.floorplan.core.questionnaire;

import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import org.junit.jupiter.api.Test;

/** The catalogue: every instrument with its range, direction, entry mode, source and why no wording is shipped. */
class InstrumentCatalogueTest {

    @Test
    void only_the_pfdi_20_and_pfiq_7_can_be_assigned_to_the_patient_s_phone() {
        assertThat(java.util.Arrays.stream(Instrument.values()).filter(Instrument::assignable))
                .containsExactly(Instrument.PFDI_20, Instrument.PFIQ_7);
    }

    @Test
    void ranges_follow_the_sources() {
        assertThat(Instrument.PFDI_20.max()).isEqualByComparingTo("300");
        assertThat(Instrument.PFIQ_7.max()).isEqualByComparingTo("300");
        assertThat(Instrument.PSFS.max()).isEqualByComparingTo("10");
        assertThat(Instrument.EPDS.max()).isEqualByComparingTo("30");
        assertThat(Instrument.ODI.max()).isEqualByComparingTo("100");
        assertThat(Instrument.ICIQ_UI_SF.max()).isEqualByComparingTo("21");
        assertThat(Instrument.PGQ.max()).isEqualByComparingTo("100");
    }

    @Test
    void every_instrument_says_why_no_wording_is_shown_and_names_its_source() {
        for (Instrument instrument : Instrument.values()) {
            assertThat(instrument.whyNoWording()).as(instrument.label()).isNotBlank();
            assertThat(instrument.source()).matches("[A-Z]+-\\d{4}");
            assertThat(instrument.scoring().instrument()).isEqualTo(instrument);
            instrument.meaningfulChange().ifPresent(change -> assertThat(change.source())
                    .matches("[A-Z]+-\\d{4}"));
        }
    }

    @Test
    void cox_1987_the_epds_through_the_catalogue_needs_all_ten_items() {
        var items = new HashMap<Integer, Integer>();
        for (int item = 1; item <= 9; item++) {
            items.put(item, 2);
        }

        assertThat(refusedFields(() -> Epds.SCORING.score(QuestionnaireAnswers.ofInts(Instrument.EPDS, items))))
                .containsExactly(QuestionnaireFields.item(10));
        items.put(10, 1);
        var score = Epds.SCORING.score(QuestionnaireAnswers.ofInts(Instrument.EPDS, items));
        assertThat(score.total()).isEqualByComparingTo("19");
        items.put(10, 4);
        assertThat(refusedFields(() -> Epds.SCORING.score(QuestionnaireAnswers.ofInts(Instrument.EPDS, items))))
                .containsExactly(QuestionnaireFields.item(10));
    }

    @Test
    void a_change_counts_when_it_reaches_the_threshold_in_either_direction() {
        var change = Instrument.PFDI_20.meaningfulChange().orElseThrow();

        assertThat(change.reachedBy(new java.math.BigDecimal("-24"))).isTrue();
        assertThat(change.reachedBy(new java.math.BigDecimal("24"))).isTrue();
        assertThat(change.reachedBy(new java.math.BigDecimal("23.99"))).isFalse();
        assertThat(change.label()).isEqualTo("minimal important change 24 points [KARJALAINEN-2021]");
    }
}
