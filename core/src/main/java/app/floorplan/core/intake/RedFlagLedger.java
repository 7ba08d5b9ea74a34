package app.floorplan.core.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The state of each positive flag of one screen, from the outcomes recorded for it in order: a flag is open with no
 * outcome, waiting while its latest outcome is an emergency or urgent referral, and settled once its latest outcome is
 * a routine referral or a clearance. Only settled flags let prescribing go on.
 */
public final class RedFlagLedger {

    /** Where a positive flag stands. */
    public enum State {
        OPEN,
        AWAITING_RESULT,
        SETTLED
    }

    /** One positive flag with its state and its latest outcome, if any. */
    public record Entry(RedFlag flag, State state, Optional<RedFlagResolution> latest) {
        public boolean blocksPrescribing() {
            return state != State.SETTLED;
        }
    }

    private RedFlagLedger() {}

    /** Every positive flag of the screen in screen order, with its state. */
    public static List<Entry> entries(RedFlagScreen screen, List<RedFlagResolution> resolutions) {
        var entries = new ArrayList<Entry>();
        for (var flag : screen.positivesInScreenOrder()) {
            Optional<RedFlagResolution> latest = resolutions.stream()
                    .filter(resolution -> resolution.resolvedFlags().contains(flag))
                    .reduce((first, second) -> second);
            State state = latest.map(resolution ->
                            resolution.outcome().allowsPrescribing() ? State.SETTLED : State.AWAITING_RESULT)
                    .orElse(State.OPEN);
            entries.add(new Entry(flag, state, latest));
        }
        return entries;
    }

    /** The positive flags that still block prescribing (open or awaiting a result). */
    public static Set<RedFlag> blocking(RedFlagScreen screen, List<RedFlagResolution> resolutions) {
        return Set.copyOf(entries(screen, resolutions).stream()
                .filter(Entry::blocksPrescribing)
                .map(Entry::flag)
                .toList());
    }

    /** The flags in screen order, for display. */
    public static List<RedFlag> inScreenOrder(Set<RedFlag> flags) {
        return Arrays.stream(RedFlag.values()).filter(flags::contains).toList();
    }
}
