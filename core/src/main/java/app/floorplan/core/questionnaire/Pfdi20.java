package app.floorplan.core.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pelvic Floor Distress Inventory-20 [BARBER-2005]: 20 symptoms, each answered no (0) or yes with how much it bothers
 * her, from not at all (1) to quite a bit (4). Items 1-6 form POPDI-6 (prolapse), 7-14 CRADI-8 (bowel), 15-20 UDI-6
 * (bladder). Each scale is the mean of its answered items x 25 (0-100); the total is their sum (0-300); higher is
 * worse. The topics are FloorPlan's words; the printed wording is the publisher's copyright.
 */
public final class Pfdi20 implements InstrumentScoring {

    /** [BARBER-2005]: the mean of a scale's answered items (0-4) is multiplied by 25. */
    static final int FACTOR = 25;

    private static final List<AnswerOption> OPTIONS = List.of(
            AnswerOption.of(0, "No"),
            AnswerOption.of(1, "Yes, and it bothers me not at all"),
            AnswerOption.of(2, "Yes, and it bothers me somewhat"),
            AnswerOption.of(3, "Yes, and it bothers me moderately"),
            AnswerOption.of(4, "Yes, and it bothers me quite a bit"));

    private static final String[] TOPICS = {
        "pressure low in the belly",
        "heaviness or dragging in the pelvis",
        "a bulge in the vagina she can see or feel",
        "pressing on the vagina or around the back passage to empty the bowel",
        "the bladder not feeling empty",
        "pushing up a bulge to start or finish passing urine",
        "straining to open the bowels",
        "the bowel not feeling empty",
        "losing formed stool",
        "losing loose stool",
        "losing wind",
        "pain passing stool",
        "having to rush to open the bowels",
        "the bowel bulging out of the back passage",
        "passing urine often",
        "leaking with a sudden urge",
        "leaking with a cough, sneeze or laugh",
        "leaking a few drops",
        "difficulty emptying the bladder",
        "pain or discomfort low in the belly or genital area"
    };

    /** Declared after the constants its constructor reads. */
    public static final Pfdi20 SCORING = new Pfdi20();

    private final List<QuestionItem> items;

    private Pfdi20() {
        var list = new ArrayList<QuestionItem>();
        for (int number = 1; number <= TOPICS.length; number++) {
            list.add(QuestionItem.choice(number, TOPICS[number - 1], Optional.of(scaleOf(number)), OPTIONS));
        }
        items = List.copyOf(list);
    }

    /** [BARBER-2005]: POPDI-6 items 1-6, CRADI-8 items 7-14, UDI-6 items 15-20. */
    static Scale scaleOf(int item) {
        return item <= 6 ? Scale.POPDI_6 : item <= 14 ? Scale.CRADI_8 : Scale.UDI_6;
    }

    @Override
    public Instrument instrument() {
        return Instrument.PFDI_20;
    }

    @Override
    public List<QuestionItem> items() {
        return items;
    }

    @Override
    public QuestionnaireScore score(QuestionnaireAnswers answers) {
        return ScaledMeans.score(answers, FACTOR, 1);
    }
}
