package app.floorplan;

import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.RedFlagScreen;
import app.floorplan.core.intake.ScreenAnswers;
import java.util.EnumMap;
import java.util.Optional;

/** Red-flag screens as the PT answers them, for tests that record an intake or an assessment through a use case. */
public final class RedFlagAnswers {

    private RedFlagAnswers() {}

    /** Every question answered no, without an EPDS. */
    public static ScreenAnswers noRedFlags() {
        return yesTo();
    }

    /** The given flags answered yes, every other asked flag no, without an EPDS. */
    public static ScreenAnswers yesTo(RedFlag... positives) {
        var answers = new EnumMap<RedFlag, Boolean>(RedFlag.class);
        RedFlag.asked().forEach(flag -> answers.put(flag, false));
        for (var flag : positives) {
            answers.put(flag, true);
        }
        return new ScreenAnswers(answers, Optional.empty());
    }

    /** A validated screen with every question answered no. */
    public static RedFlagScreen negativeScreen() {
        return RedFlagScreen.allNegative();
    }
}
