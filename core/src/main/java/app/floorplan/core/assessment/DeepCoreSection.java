package app.floorplan.core.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deep core: TVA activation, doming per loaded task and the active straight leg raise.
 *
 * @param domingByTask only the tasks that were tested: a task missing here was not tested (not "no doming")
 * @param aslr the active straight leg raise, when done
 */
public record DeepCoreSection(TvaActivation tva, Map<DomingTask, Boolean> domingByTask, Optional<AslrScore> aslr) {

    public DeepCoreSection {
        domingByTask = Map.copyOf(domingByTask);
    }

    /** The tested tasks with doming, in the order of the test. */
    public List<DomingTask> tasksWithDoming() {
        return Arrays.stream(DomingTask.values())
                .filter(task -> domingByTask.getOrDefault(task, false))
                .toList();
    }

    public boolean anyDomingTaskTested() {
        return !domingByTask.isEmpty();
    }
}
