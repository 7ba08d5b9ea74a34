package app.floorplan.core.safety;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recognises a possible warning sign in a patient's own words (the "other" symptom of her log). It errs on the side
 * of caution: a false match only shows her the help card and marks the log urgent for her PT to read, while a missed
 * blood clot or bleed is what the card exists for. English words only, and every "other" note still reaches the PT
 * whatever it says. The word lists are FloorPlan's own, built from the signs of {@link WarningSign}; no source
 * validates them: they are a safety net, not a diagnosis.
 */
public final class WarningSignWords {

    private static final Map<WarningSign, List<String>> WORDS = Map.of(
            WarningSign.CHEST_OR_BREATHING,
            List.of(
                    "chest",
                    "breathless",
                    "short of breath",
                    "shortness of breath",
                    "can't breathe",
                    "cant breathe",
                    "cannot breathe",
                    "trouble breathing",
                    "coughing blood",
                    "coughing up blood"),
            WarningSign.BLEEDING_WITH_FAINTNESS,
            List.of("dizzy", "dizziness", "lightheaded", "light headed", "racing heart", "heart racing", "palpitation"),
            WarningSign.FIT_OR_COLLAPSE,
            List.of("faint", "fainted", "passed out", "collapse", "seizure", "a fit", "fitting", "convulsion"),
            WarningSign.THOUGHTS_OF_HARM,
            List.of(
                    "harm myself",
                    "hurt myself",
                    "harming myself",
                    "hurting myself",
                    "kill myself",
                    "suicid",
                    "end my life",
                    "end it all",
                    "don't want to live",
                    "dont want to live",
                    "do not want to live",
                    "can't go on",
                    "cant go on",
                    "cannot go on",
                    "harm the baby",
                    "harm my baby",
                    "hurt the baby",
                    "hurt my baby"),
            WarningSign.NERVE_PRESSURE,
            List.of(
                    "numb",
                    "saddle",
                    "can't pee",
                    "cant pee",
                    "cannot pee",
                    "can't wee",
                    "cannot wee",
                    "unable to pee",
                    "can't pass urine",
                    "cannot pass urine",
                    "lost control of my bowel",
                    "lost control of my bladder"),
            WarningSign.HEAVY_BLEEDING,
            List.of("bleed", "blood", "clots", "soak", "haemorrhag", "hemorrhag"),
            WarningSign.LEG_CLOT,
            List.of("calf", "calves", "swollen leg", "leg swell", "leg is swollen", "leg is red", "clot in my leg"),
            WarningSign.PRE_ECLAMPSIA,
            List.of(
                    "headache",
                    "head ache",
                    "migraine",
                    "blurred",
                    "blurry",
                    "vision",
                    "flashing",
                    "seeing spots",
                    "swollen face",
                    "face swell",
                    "under my ribs",
                    "under the ribs"),
            WarningSign.INFECTION,
            List.of(
                    "fever",
                    "temperature",
                    "shiver",
                    "chills",
                    "infect",
                    "pus",
                    "smell",
                    "discharge",
                    "wound",
                    "stitches",
                    "oozing",
                    "red and hot",
                    "hot and red"));

    private WarningSignWords() {}

    /** The warning signs her words may describe; empty when none of the words is recognised. */
    public static Set<WarningSign> in(String words) {
        String text = folded(words);
        var found = EnumSet.noneOf(WarningSign.class);
        WORDS.forEach((sign, stems) -> {
            if (stems.stream().anyMatch(text::contains)) {
                found.add(sign);
            }
        });
        return Set.copyOf(found);
    }

    private static String folded(String words) {
        String withoutAccents = Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.replace('\u2019', '\'').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
