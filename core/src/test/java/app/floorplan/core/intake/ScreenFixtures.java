package app.floorplan.core.intake;

import app.floorplan.core.mood.EpdsAnswers;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Red-flag screens as a PT fills them in, for tests of every feature that records one. */
public final class ScreenFixtures {

    private ScreenFixtures() {}

    /** Every asked flag answered no. */
    public static Map<RedFlag, Boolean> allAnsweredNo() {
        var answers = new EnumMap<RedFlag, Boolean>(RedFlag.class);
        RedFlag.asked().forEach(flag -> answers.put(flag, false));
        return answers;
    }

    /** Every question answered no, without an EPDS. */
    public static ScreenAnswers noRedFlags() {
        return new ScreenAnswers(allAnsweredNo(), Optional.empty());
    }

    /** The given flags answered yes, every other no, without an EPDS. */
    public static ScreenAnswers yesTo(RedFlag... positives) {
        var answers = allAnsweredNo();
        for (var flag : positives) {
            answers.put(flag, true);
        }
        return new ScreenAnswers(answers, Optional.empty());
    }

    /** Every question answered no, with an EPDS of these item scores. */
    public static ScreenAnswers noFlagsWithEpds(int... itemScores) {
        return new ScreenAnswers(
                allAnsweredNo(), Optional.of(EpdsAnswers.ofScores(itemScores).itemScores()));
    }

    /** The validated screen of {@link #yesTo}. */
    public static RedFlagScreen screenWith(RedFlag... positives) {
        return yesTo(positives).validate();
    }
}
