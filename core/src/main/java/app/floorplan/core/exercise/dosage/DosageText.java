package app.floorplan.core.exercise.dosage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Words for a dosage: a plain-English sentence for patients ("2-3 sets, each side: hold 3-5 breaths. Daily.") and a
 * short form for clinicians ("2-3 x 3-5 breaths /side, 7x/wk"). English only; a translated product would replace this
 * class, not the model.
 */
public final class DosageText {

    private DosageText() {}

    /**
     * Amount first, then rest, load and frequency, each as its own sentence, e.g. "5 reps each side, hold 5-10
     * seconds. Twice a day, 5 days a week."
     */
    public static String forPatient(Dosage dosage) {
        var sentences = new ArrayList<String>();
        sentences.add(amount(dosage));
        dosage.restSeconds().ifPresent(rest -> sentences.add(rest(dosage, rest)));
        dosage.load().ifPresent(load -> sentences.add("Load: " + load));
        frequency(dosage).ifPresent(sentences::add);
        return String.join(" ", sentences.stream().map(DosageText::sentence).toList());
    }

    /**
     * The terse notation clinicians write in notes, e.g. "3 x 8-10 /side @ 2 kg, hold 5 s, rest 30 s, 2x/day, 5x/wk".
     */
    public static String forClinician(Dosage dosage) {
        var parts = new ArrayList<String>();
        parts.add(clinicianAmount(dosage)
                + (dosage.perSide() ? " /side" : "")
                + dosage.load().map(load -> " @ " + load).orElse(""));
        if (dosage.reps().isPresent()) {
            clinicianHold(dosage).ifPresent(hold -> parts.add("hold " + hold));
        }
        dosage.restSeconds().ifPresent(rest -> parts.add("rest " + shortDuration(Duration.ofSeconds(rest))));
        dosage.timesPerDay().ifPresent(times -> parts.add(times + "x/day"));
        dosage.daysPerWeek().ifPresent(days -> parts.add(days + "x/wk"));
        return String.join(", ", parts);
    }

    private static String amount(Dosage dosage) {
        String side = dosage.perSide() ? " each side" : "";
        var sets = dosage.sets().map(range -> counted(range, "set", "sets"));
        var hold = patientHold(dosage);
        if (dosage.reps().isPresent()) {
            String reps = counted(dosage.reps().get(), "rep", "reps");
            String head = sets.map(s -> s + " of " + reps).orElse(reps) + side;
            return hold.map(h -> head + ", hold " + h).orElse(head);
        }
        if (dosage.duration().isPresent()) {
            String length = longDuration(dosage.duration().get());
            return sets.map(s -> s + " of " + length).orElse(length) + side;
        }
        // A hold without reps: each set is one hold.
        String held = hold.orElseThrow();
        return sets.map(s -> s + (dosage.perSide() ? ", each side" : "") + ": hold " + held)
                .orElse("hold " + held + side);
    }

    private static Optional<String> patientHold(Dosage dosage) {
        return dosage.holdSeconds()
                .map(range -> counted(range, "second", "seconds"))
                .or(() -> dosage.holdBreaths().map(range -> counted(range, "breath", "breaths")));
    }

    private static String rest(Dosage dosage, int seconds) {
        String between = dosage.sets().isPresent() ? "sets" : "reps";
        return seconds == 0
                ? "No rest needed between " + between
                : "Rest " + longDuration(Duration.ofSeconds(seconds)) + " between " + between;
    }

    private static Optional<String> frequency(Dosage dosage) {
        var perDay = dosage.timesPerDay();
        var perWeek = dosage.daysPerWeek();
        if (perDay.isEmpty() && perWeek.isEmpty()) {
            return Optional.empty();
        }
        if (perDay.isEmpty()) {
            int days = perWeek.getAsInt();
            return Optional.of(
                    switch (days) {
                        case 7 -> "Daily";
                        case 1 -> "Once a week";
                        default -> days + " days a week";
                    });
        }
        int times = perDay.getAsInt();
        String daily =
                switch (times) {
                    case 1 -> "Once a day";
                    case 2 -> "Twice a day";
                    default -> times + " times a day";
                };
        if (perWeek.isEmpty()) {
            return Optional.of(daily);
        }
        int days = perWeek.getAsInt();
        if (days == 7) {
            return Optional.of(times == 1 ? "Daily" : daily + ", every day");
        }
        return Optional.of(daily + ", " + days + (days == 1 ? " day" : " days") + " a week");
    }

    private static String clinicianAmount(Dosage dosage) {
        String prefix = dosage.sets().map(sets -> sets.text() + " x ").orElse("");
        if (dosage.reps().isPresent()) {
            String reps = dosage.reps().get().text();
            return dosage.sets().isPresent() ? prefix + reps : reps + " reps";
        }
        if (dosage.duration().isPresent()) {
            return prefix + shortDuration(dosage.duration().get());
        }
        String hold = clinicianHold(dosage).orElseThrow();
        return dosage.sets().isPresent() ? prefix + hold : "hold " + hold;
    }

    private static Optional<String> clinicianHold(Dosage dosage) {
        return dosage.holdSeconds().map(range -> range.text() + " s").or(() -> dosage.holdBreaths()
                .map(range -> counted(range, "breath", "breaths")));
    }

    private static String counted(CountRange range, String one, String many) {
        return range.text() + " " + (range.isOne() ? one : many);
    }

    /** "45 seconds", "10 minutes", "1 minute 30 seconds". */
    private static String longDuration(Duration duration) {
        long minutes = duration.toMinutes();
        int seconds = duration.toSecondsPart();
        List<String> parts = new ArrayList<>();
        if (minutes > 0) {
            parts.add(minutes + (minutes == 1 ? " minute" : " minutes"));
        }
        if (seconds > 0 || minutes == 0) {
            parts.add(seconds + (seconds == 1 ? " second" : " seconds"));
        }
        return String.join(" ", parts);
    }

    /** "45 s", "10 min", "1 min 30 s". */
    private static String shortDuration(Duration duration) {
        long minutes = duration.toMinutes();
        int seconds = duration.toSecondsPart();
        if (minutes == 0) {
            return seconds + " s";
        }
        return seconds == 0 ? minutes + " min" : minutes + " min " + seconds + " s";
    }

    private static String sentence(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + ".";
    }
}
