package app.floorplan.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.progress.PainBaseline.Source;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PainBaselineTest {

    @ParameterizedTest(name = "ratings [{0}], intake {1} -> {2} from {3}")
    @CsvSource({
        "'5,3,4', 6, 4, FIRST_LOGGED_RATINGS",
        "'2,8,9,1', 6, 8, FIRST_LOGGED_RATINGS",
        "'4,4,9', , 4, FIRST_LOGGED_RATINGS",
        "'5,3', 6, 6, INTAKE",
        "'', 2, 2, INTAKE",
        "'5', , , ",
        "'', , , "
    })
    void the_baseline_is_the_median_of_the_first_three_ratings_else_the_intake_pain(
            String ratings, Integer intake, Integer expected, Source source) {
        List<Integer> logged = ratings.isEmpty()
                ? List.of()
                : Arrays.stream(ratings.split(",")).map(Integer::valueOf).toList();

        var baseline = PainBaseline.of(logged, intake == null ? OptionalInt.empty() : OptionalInt.of(intake));

        if (expected == null) {
            assertThat(baseline).isEmpty();
        } else {
            assertThat(baseline).contains(new PainBaseline(expected, source));
        }
    }
}
