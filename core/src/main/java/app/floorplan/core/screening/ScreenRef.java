package app.floorplan.core.screening;

import app.floorplan.core.assessment.AssessmentId;

/** Which visit's red-flag screen an outcome is for. */
public sealed interface ScreenRef {

    /**
     * The intake's screen, as the PT saw it in this version: a correction made meanwhile may have changed the answers,
     * and an outcome must never cover an answer the PT has not seen.
     */
    record AtIntake(int revision) implements ScreenRef {}

    /** The screen asked at this assessment visit. */
    record AtAssessment(AssessmentId assessment) implements ScreenRef {}
}
