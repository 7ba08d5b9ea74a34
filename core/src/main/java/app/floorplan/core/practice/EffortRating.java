package app.floorplan.core.practice;

import java.util.List;

/**
 * FloorPlan's own 0-10 effort rating: how hard a session felt to the patient, with FloorPlan's own wording. It is not
 * the Borg CR10 scale, whose scales and wording are licensed by BorgPerception AB (licence note in {@code
 * docs/clinical-sources.md}); the bands below describe effort by what she can still do (keep going, talk), a common
 * plain-language test of effort, and are FloorPlan's convention.
 */
public final class EffortRating {

    public static final int MIN = 0;
    public static final int MAX = 10;

    /** One band of the rating, e.g. 4-6 "working". */
    public record Band(int from, int to, String word, String meaning) {

        public boolean contains(int effort) {
            return effort >= from && effort <= to;
        }

        /** "4-6 working: you notice your breathing but could still talk in short sentences", or "0 resting". */
        public String text() {
            var range = from == to ? String.valueOf(from) : from + "-" + to;
            return range + " " + word + (meaning.isEmpty() ? "" : ": " + meaning);
        }
    }

    public static final List<Band> BANDS = List.of(
            new Band(0, 0, "resting", ""),
            new Band(1, 3, "easy", "you could keep going for a long time and chat"),
            new Band(4, 6, "working", "you notice your breathing but could still talk in short sentences"),
            new Band(7, 9, "hard", "you could keep it up only for a short while"),
            new Band(10, 10, "the hardest you can imagine", ""));

    private EffortRating() {}

    /** The band's word for a rating, e.g. "working" for 5. */
    public static String word(int effort) {
        return BANDS.stream()
                .filter(band -> band.contains(effort))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("effort is rated " + MIN + "-" + MAX + ": " + effort))
                .word();
    }

    /** Every band in one line, e.g. "0 resting; 1-3 easy: ...; 10 the hardest you can imagine". */
    public static String scale() {
        return String.join("; ", BANDS.stream().map(Band::text).toList());
    }

    /** The rating explained for the patient in one line, as the log shows it under the field. */
    public static String explanation() {
        return "How hard it felt: " + scale() + ".";
    }
}
