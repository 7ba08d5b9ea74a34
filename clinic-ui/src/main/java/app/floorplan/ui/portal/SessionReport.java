package app.floorplan.ui.portal;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.practice.Completion;
import app.floorplan.core.session.ExerciseResult;
import app.floorplan.core.session.StopSign;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what session-player.js reports ({@code [{"i": 0, "c": "DONE", "s": null}, ...]}: the exercise's index in the
 * plan, its completion, the sign she stopped for) into results for the plan's exercises (in plan order). Anything that does not fit
 * the plan is dropped: the browser is not trusted to name exercises, only to say how they went.
 */
final class SessionReport {

    private static final JsonMapper JSON = JsonMapper.shared();

    private SessionReport() {}

    static List<ExerciseResult> read(List<ExerciseId> plan, String json) {
        List<ExerciseResult> results = new ArrayList<>();
        JsonNode items;
        try {
            items = JSON.readTree(json);
        } catch (JacksonException unreadable) {
            return results;
        }
        if (!items.isArray()) {
            return results;
        }
        for (JsonNode item : items) {
            int index = item.path("i").asInt(-1);
            Optional<Completion> completion =
                    constant(Completion.class, item.path("c").asString(""));
            if (index < 0 || index >= plan.size() || completion.isEmpty()) {
                continue;
            }
            ExerciseId exercise = plan.get(index);
            results.removeIf(result -> result.exercise().equals(exercise));
            results.add(new ExerciseResult(
                    exercise,
                    completion.get(),
                    constant(StopSign.class, item.path("s").asString(""))));
        }
        return results;
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
