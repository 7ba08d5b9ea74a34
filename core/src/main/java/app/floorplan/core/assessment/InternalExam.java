package app.floorplan.core.assessment;

/**
 * What a digital (internal) pelvic floor exam finds: PERFECT, resting tone and relaxation after contraction. All of
 * it is palpated internally, so all of it needs the patient's consent.
 */
public record InternalExam(Perfect perfect, PelvicFloorTone tone, PelvicFloorRelaxation relaxation) {

    public OxfordGrade oxford() {
        return perfect.power();
    }
}
