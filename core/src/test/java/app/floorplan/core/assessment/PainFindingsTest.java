package app.floorplan.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.intake.NumericPainRating;
import app.floorplan.core.intake.PainProfile;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PainFindingsTest {

    private static PainProfile pain(int now, int worst) {
        return new PainProfile(
                NumericPainRating.of(now), NumericPainRating.of(worst), Set.of(), Set.of(), Set.of(), Optional.empty());
    }

    @Test
    void worst_pain_of_6_is_no_finding() {
        assertThat(PainFindings.of(pain(3, 6))).isEmpty();
    }

    @Test
    void worst_pain_of_7_in_the_last_week_is_severe_pain() {
        assertThat(PainFindings.of(pain(4, 7))).hasValueSatisfying(finding -> {
            assertThat(finding.kind()).isEqualTo(FindingKind.SEVERE_PAIN);
            assertThat(finding.reason()).isEqualTo("Worst pain in the last week 7/10 >= 7 on the NRS (now 4/10)");
            assertThat(finding.site()).isEmpty();
        });
    }

    @Test
    void pain_rated_at_a_visit_is_judged_by_the_same_limit_and_says_so() {
        assertThat(PainFindings.of(PainAtVisitSection.of(3, 6))).isEmpty();
        assertThat(PainFindings.of(PainAtVisitSection.of(6, 8)))
                .hasValueSatisfying(finding -> assertThat(finding.reason())
                        .isEqualTo("Worst pain in the last week 8/10 >= 7 on the NRS (now 6/10), rated at the visit"));
    }
}
