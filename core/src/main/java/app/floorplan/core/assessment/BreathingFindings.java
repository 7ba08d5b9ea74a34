package app.floorplan.core.assessment;

import java.util.ArrayList;
import java.util.List;

/** Breathing that does not support the deep core: the pattern and how breath is used on effort. */
final class BreathingFindings {

    private BreathingFindings() {}

    static List<Finding> of(BreathingSection breathing) {
        var findings = new ArrayList<Finding>();
        switch (breathing.pattern()) {
            case PARADOXICAL ->
                findings.add(Finding.of(
                        FindingKind.PARADOXICAL_BREATHING,
                        "Paradoxical breathing pattern: the belly draws in on inhale"));
            case UPPER_CHEST_DOMINANT ->
                findings.add(Finding.of(
                        FindingKind.UPPER_CHEST_DOMINANT_BREATHING,
                        "Upper-chest dominant breathing instead of lateral and posterior rib expansion"));
            case DIAPHRAGMATIC -> {
                // The pattern the program works towards: nothing to address.
            }
        }
        if (breathing.breathHoldingOnEffort()) {
            findings.add(
                    Finding.of(
                            FindingKind.BREATH_HOLDING_ON_EFFORT,
                            "Holds the breath or bears down on effort, raising pressure on the abdominal wall and pelvic floor"));
        }
        if (!breathing.exhaleCoordinatedWithEffort()) {
            findings.add(
                    Finding.of(FindingKind.EXHALE_NOT_COORDINATED_WITH_EFFORT, "Does not exhale on the effort phase"));
        }
        return findings;
    }
}
