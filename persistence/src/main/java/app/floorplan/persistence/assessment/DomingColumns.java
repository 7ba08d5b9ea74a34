package app.floorplan.persistence.assessment;

import app.floorplan.core.assessment.DomingTask;

/**
 * The column that holds doming for a task. A switch rather than a name rule, so a new task fails to compile here
 * until the schema has a column for it.
 */
final class DomingColumns {

    private DomingColumns() {}

    static String of(DomingTask task) {
        return switch (task) {
            case HEAD_LIFT -> "doming_head_lift";
            case CURL_UP -> "doming_curl_up";
            case LEG_LOWERING -> "doming_leg_lowering";
            case SIT_UP_FROM_LYING -> "doming_sit_up_from_lying";
        };
    }
}
