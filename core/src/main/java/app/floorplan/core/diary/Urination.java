package app.floorplan.core.diary;

import app.floorplan.core.validation.Violations;
import java.util.Optional;

/**
 * Passing urine: how much when she measured it, how urgent it felt and whether it woke her.
 *
 * @param volumeMl measured in a jug, when she did
 * @param urgency 0 no urge to 4 could not hold on (clinic rule: the 0-4 grading bladder diaries use, FloorPlan's words)
 * @param wokeHer she woke from sleep to pass urine: a night void (nocturia)
 */
public record Urination(Optional<Integer> volumeMl, int urgency, boolean wokeHer) {

    public static final int MAX_URGENCY = 4;

    /** Far above a full bladder; beyond it a typo is likelier. */
    public static final int MAX_VOLUME_ML = 1500;

    public Urination {
        new Violations()
                .check(
                        volumeMl.map(ml -> ml >= 1 && ml <= MAX_VOLUME_ML).orElse(true),
                        DiaryFields.VOIDED,
                        "Enter the amount in ml, 1 to " + MAX_VOLUME_ML + ", or leave it empty")
                .check(urgency >= 0 && urgency <= MAX_URGENCY, DiaryFields.URGENCY, "Choose how urgent, 0 to 4")
                .throwIfAny();
    }

    /** How urgent, in her words on the form. */
    public static String urgencyLabel(int urgency) {
        return switch (urgency) {
            case 0 -> "0 · no urge, I went because I chose to";
            case 1 -> "1 · a mild urge, easy to wait";
            case 2 -> "2 · a moderate urge, I could wait a while";
            case 3 -> "3 · a strong urge, I had to hurry";
            case 4 -> "4 · I could not hold on";
            default -> throw new IllegalArgumentException("urgency " + urgency);
        };
    }
}
