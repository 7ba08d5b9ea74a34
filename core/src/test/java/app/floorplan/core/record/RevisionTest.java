package app.floorplan.core.record;

import static app.floorplan.core.testing.Refusals.refusals;
import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.identity.AccountId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RevisionTest {

    private static final AccountId PT = AccountId.random();
    private static final AccountId OTHER_PT = AccountId.random();
    private static final Instant MONDAY = Instant.parse("2026-11-16T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-17T09:00:00Z");

    @Test
    void a_first_recording_is_version_1_without_a_reason_and_not_replaced() {
        var first = Revision.first(PT, MONDAY);

        assertThat(first.number()).isEqualTo(1);
        assertThat(first.author()).isEqualTo(PT);
        assertThat(first.recordedAt()).isEqualTo(MONDAY);
        assertThat(first.reason()).isEmpty();
        assertThat(first.replaced()).isFalse();
        assertThat(first.isCorrection()).isFalse();
    }

    @Test
    void a_correction_is_the_next_version_by_its_author_with_the_reason() {
        var correction = Revision.first(PT, MONDAY).correction(OTHER_PT, TUESDAY, "  IRD typed in cm, not mm ");

        assertThat(correction.number()).isEqualTo(2);
        assertThat(correction.author()).isEqualTo(OTHER_PT);
        assertThat(correction.recordedAt()).isEqualTo(TUESDAY);
        assertThat(correction.reason()).contains("IRD typed in cm, not mm");
        assertThat(correction.isCorrection()).isTrue();
        assertThat(correction.replaced()).isFalse();
    }

    @Test
    void a_correction_without_a_reason_is_refused() {
        assertThat(refusedFields(() -> Revision.first(PT, MONDAY).correction(PT, TUESDAY, "   ")))
                .containsExactly("revision.reason");
    }

    @Test
    void version_2_cannot_be_built_without_a_reason_either() {
        assertThat(refusedFields(() -> new Revision(2, PT, TUESDAY, Optional.empty(), false)))
                .containsExactly("revision.reason");
    }

    @Test
    void version_numbers_start_at_1() {
        assertThat(refusedFields(() -> new Revision(0, PT, MONDAY, Optional.empty(), false)))
                .containsExactly("revision.number");
        assertThat(new Revision(1, PT, MONDAY, Optional.empty(), false).number())
                .isEqualTo(1);
    }

    @Test
    void a_reason_of_1000_characters_is_kept_and_1001_are_refused() {
        var first = Revision.first(PT, MONDAY);

        assertThat(first.correction(PT, TUESDAY, "r".repeat(1000)).reason())
                .hasValueSatisfying(reason -> assertThat(reason).hasSize(1000));
        assertThat(refusedFields(() -> first.correction(PT, TUESDAY, "r".repeat(1001))))
                .containsExactly("revision.reason");
    }

    @Test
    void a_replaced_version_cannot_be_corrected_again_so_the_chain_never_branches() {
        var replaced = Revision.first(PT, MONDAY).markedReplaced();

        assertThat(refusals(() -> replaced.correction(PT, TUESDAY, "second try")))
                .singleElement()
                .satisfies(violation -> {
                    assertThat(violation.field()).isEqualTo("revision");
                    assertThat(violation.message()).contains("already replaced by version 2");
                });
    }

    @Test
    void a_correction_dated_before_the_version_it_corrects_is_refused() {
        assertThat(refusedFields(() -> Revision.first(PT, TUESDAY).correction(PT, MONDAY, "late entry")))
                .containsExactly("revision.recordedAt");
        assertThat(Revision.first(PT, TUESDAY)
                        .correction(PT, TUESDAY, "same instant")
                        .number())
                .isEqualTo(2);
    }

    @Test
    void every_problem_of_a_correction_is_reported_at_once() {
        var replaced = Revision.first(PT, TUESDAY).markedReplaced();

        assertThat(refusedFields(() -> replaced.correction(PT, MONDAY, "")))
                .containsExactlyInAnyOrder("revision", "revision.recordedAt", "revision.reason");
    }

    @Test
    void marking_replaced_keeps_everything_else() {
        var correction = Revision.first(PT, MONDAY).correction(OTHER_PT, TUESDAY, "typo");

        assertThat(correction.markedReplaced())
                .isEqualTo(new Revision(2, OTHER_PT, TUESDAY, Optional.of("typo"), true));
    }
}
