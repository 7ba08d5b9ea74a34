package app.floorplan.core.assessment;

/** A loaded task during which the abdominal wall is watched for doming or coning. */
public enum DomingTask {
    HEAD_LIFT("Head lift"),
    CURL_UP("Curl-up"),
    LEG_LOWERING("Leg lowering"),
    SIT_UP_FROM_LYING("Sitting up from lying");

    private final String label;

    DomingTask(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
