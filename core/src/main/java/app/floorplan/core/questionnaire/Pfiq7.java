package app.floorplan.core.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pelvic Floor Impact Questionnaire-7 [BARBER-2005]: seven areas of life, each rated for how much symptoms of the
 * bladder or urine (UIQ-7), the bowel or rectum (CRAIQ-7) and the vagina or pelvis (POPIQ-7) affect it, from not at all
 * (0) to quite a bit (3): 21 answers. Each scale is the mean of its answered items x 100/3 (0-100); the total is their
 * sum (0-300); higher is worse.
 *
 * <p>Items are numbered question x 10 + scale: 11, 12, 13 are question 1 for the bladder, the bowel and the pelvis.
 */
public final class Pfiq7 implements InstrumentScoring {

    private static final List<AnswerOption> OPTIONS = List.of(
            AnswerOption.of(0, "Not at all"),
            AnswerOption.of(1, "Somewhat"),
            AnswerOption.of(2, "Moderately"),
            AnswerOption.of(3, "Quite a bit"));

    private static final String[] QUESTIONS = {
        "household chores",
        "exercise and physical recreation",
        "going out to entertainment",
        "travelling more than 30 minutes from home",
        "social activities outside the home",
        "emotional health",
        "feeling frustrated"
    };

    private static final Scale[] SCALES = {Scale.UIQ_7, Scale.CRAIQ_7, Scale.POPIQ_7};

    /** Declared after the constants its constructor reads. */
    public static final Pfiq7 SCORING = new Pfiq7();

    private final List<QuestionItem> items;

    private Pfiq7() {
        var list = new ArrayList<QuestionItem>();
        for (int question = 1; question <= QUESTIONS.length; question++) {
            for (int scale = 1; scale <= SCALES.length; scale++) {
                Scale which = SCALES[scale - 1];
                list.add(QuestionItem.choice(
                        number(question, scale),
                        "question " + question + ", " + QUESTIONS[question - 1] + ": " + which.area(),
                        Optional.of(which),
                        OPTIONS));
            }
        }
        items = List.copyOf(list);
    }

    /** The item number of a question (1-7) for a scale (1 bladder, 2 bowel, 3 pelvis). */
    public static int number(int question, int scale) {
        return question * 10 + scale;
    }

    @Override
    public Instrument instrument() {
        return Instrument.PFIQ_7;
    }

    @Override
    public List<QuestionItem> items() {
        return items;
    }

    /** [BARBER-2005]: the mean of a scale's answered items (0-3) is multiplied by 100/3. */
    @Override
    public QuestionnaireScore score(QuestionnaireAnswers answers) {
        return ScaledMeans.score(answers, 100, 3);
    }
}
