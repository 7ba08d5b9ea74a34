package app.floorplan.core.questionnaire;

import java.util.HashMap;
import java.util.Map;

/** Builds item answers for tests: {@code Answers.items(1, 0, 2, 3)} answers items 1, 2, 3, ... in order. */
final class Answers {

    private Answers() {}

    /** Consecutive items from {@code first}, one score each. */
    static Map<Integer, Integer> from(int first, int... scores) {
        var map = new HashMap<Integer, Integer>();
        for (int index = 0; index < scores.length; index++) {
            map.put(first + index, scores[index]);
        }
        return map;
    }

    @SafeVarargs
    static Map<Integer, Integer> merged(Map<Integer, Integer>... parts) {
        var map = new HashMap<Integer, Integer>();
        for (var part : parts) {
            map.putAll(part);
        }
        return map;
    }
}
