package app.floorplan.core.session;

/**
 * The breath pacer's rhythm for holds timed in breaths: a slow breath of 4 seconds in and 6 seconds out, 6 breaths a
 * minute. Slow breathing around 6 breaths a minute with a longer exhale is the rate studied as calming and comfortable
 * [RUSSO-2017]; a patient who breathes slower or faster follows her own breath, the pacer only offers a rhythm.
 */
public final class BreathPace {

    public static final int INHALE_SECONDS = 4;
    public static final int EXHALE_SECONDS = 6;

    private BreathPace() {}

    public static int secondsPerBreath() {
        return INHALE_SECONDS + EXHALE_SECONDS;
    }
}
