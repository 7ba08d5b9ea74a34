package app.floorplan.core.session;

import app.floorplan.core.exercise.WatchFor;
import app.floorplan.core.practice.SymptomFlag;

/**
 * What makes her stop an exercise during a guided session: the signs that mean "regress or hold" for that exercise
 * (domain brief, home program model: precautions). Each is logged as its symptom for the exercise and shows the
 * library's advice for the sign.
 */
public enum StopSign {
    DOMING(SymptomFlag.DOMING, WatchFor.DOMING),
    LEAKING(SymptomFlag.LEAKING, WatchFor.LEAKING),
    HEAVINESS(SymptomFlag.HEAVINESS, WatchFor.HEAVINESS),
    PAIN(SymptomFlag.PAIN_INCREASE, WatchFor.PAIN);

    private final SymptomFlag symptom;
    private final WatchFor sign;

    StopSign(SymptomFlag symptom, WatchFor sign) {
        this.symptom = symptom;
        this.sign = sign;
    }

    /** The symptom logged for the exercise. */
    public SymptomFlag symptom() {
        return symptom;
    }

    /** The sign as the exercise library describes it, with what to do. */
    public WatchFor sign() {
        return sign;
    }
}
