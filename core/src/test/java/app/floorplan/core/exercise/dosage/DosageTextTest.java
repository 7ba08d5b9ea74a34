package app.floorplan.core.exercise.dosage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DosageTextTest {

    static Stream<Arguments> dosages() {
        return Stream.of(
                row(
                        "wall bug press as published",
                        Dosage.builder().reps(5).perSide().holdSeconds(5, 10),
                        "5 reps each side, hold 5-10 seconds.",
                        "5 reps /side, hold 5-10 s"),
                row(
                        "side-lying open book as published",
                        Dosage.builder().reps(8, 10).perSide(),
                        "8-10 reps each side.",
                        "8-10 reps /side"),
                row(
                        "modified side plank as published",
                        Dosage.builder().sets(2, 3).perSide().holdBreaths(3, 5),
                        "2-3 sets, each side: hold 3-5 breaths.",
                        "2-3 x 3-5 breaths /side"),
                row(
                        "side plank held for breaths every day",
                        Dosage.builder().sets(2, 3).perSide().holdBreaths(3, 5).daysPerWeek(7),
                        "2-3 sets, each side: hold 3-5 breaths. Daily.",
                        "2-3 x 3-5 breaths /side, 7x/wk"),
                row(
                        "held reps twice a day on five days",
                        Dosage.builder()
                                .reps(5)
                                .perSide()
                                .holdSeconds(5, 10)
                                .timesPerDay(2)
                                .daysPerWeek(5),
                        "5 reps each side, hold 5-10 seconds. Twice a day, 5 days a week.",
                        "5 reps /side, hold 5-10 s, 2x/day, 5x/wk"),
                row(
                        "a single set, a single rep and a one-second hold are singular",
                        Dosage.builder().sets(1).reps(1).holdSeconds(1),
                        "1 set of 1 rep, hold 1 second.",
                        "1 x 1, hold 1 s"),
                row(
                        "one held breath is singular, a range starting at one is plural",
                        Dosage.builder().sets(1, 2).reps(6, 8).perSide().holdBreaths(1),
                        "1-2 sets of 6-8 reps each side, hold 1 breath.",
                        "1-2 x 6-8 /side, hold 1 breath"),
                row(
                        "sets of reps with rest between sets",
                        Dosage.builder().sets(3).reps(10).restSeconds(60),
                        "3 sets of 10 reps. Rest 1 minute between sets.",
                        "3 x 10, rest 1 min"),
                row(
                        "endurance holds rest between reps",
                        Dosage.builder()
                                .reps(5, 10)
                                .holdSeconds(5, 10)
                                .restSeconds(10)
                                .timesPerDay(3),
                        "5-10 reps, hold 5-10 seconds. Rest 10 seconds between reps. 3 times a day.",
                        "5-10 reps, hold 5-10 s, rest 10 s, 3x/day"),
                row(
                        "no rest between sets is said plainly",
                        Dosage.builder().sets(2).reps(8).restSeconds(0),
                        "2 sets of 8 reps. No rest needed between sets.",
                        "2 x 8, rest 0 s"),
                row(
                        "a walk in minutes, daily",
                        Dosage.builder().minutes(15).daysPerWeek(7),
                        "15 minutes. Daily.",
                        "15 min, 7x/wk"),
                row(
                        "once a day every day is just daily",
                        Dosage.builder().minutes(5).timesPerDay(1).daysPerWeek(7),
                        "5 minutes. Daily.",
                        "5 min, 1x/day, 7x/wk"),
                row(
                        "twice a day every day",
                        Dosage.builder().minutes(3).timesPerDay(2).daysPerWeek(7),
                        "3 minutes. Twice a day, every day.",
                        "3 min, 2x/day, 7x/wk"),
                row(
                        "a timed carry in sets with a load",
                        Dosage.builder()
                                .sets(2, 3)
                                .duration(Duration.ofSeconds(30))
                                .perSide()
                                .load("shopping bag"),
                        "2-3 sets of 30 seconds each side. Load: shopping bag.",
                        "2-3 x 30 s /side @ shopping bag"),
                row(
                        "a duration of minutes and seconds",
                        Dosage.builder().duration(Duration.ofSeconds(90)).timesPerDay(1),
                        "1 minute 30 seconds. Once a day.",
                        "1 min 30 s, 1x/day"),
                row(
                        "a one-minute bout is singular",
                        Dosage.builder().minutes(1).daysPerWeek(1),
                        "1 minute. Once a week.",
                        "1 min, 1x/wk"),
                row(
                        "a hold without sets",
                        Dosage.builder().holdSeconds(30).perSide().daysPerWeek(3),
                        "Hold 30 seconds each side. 3 days a week.",
                        "hold 30 s /side, 3x/wk"),
                row(
                        "a breath hold without sets or sides",
                        Dosage.builder().holdBreaths(8, 10),
                        "Hold 8-10 breaths.",
                        "hold 8-10 breaths"),
                row(
                        "sets of a hold without sides",
                        Dosage.builder().sets(2).holdBreaths(8, 10).daysPerWeek(7),
                        "2 sets: hold 8-10 breaths. Daily.",
                        "2 x 8-10 breaths, 7x/wk"),
                row(
                        "several times a day on one day a week",
                        Dosage.builder().reps(10).timesPerDay(3).daysPerWeek(1),
                        "10 reps. 3 times a day, 1 day a week.",
                        "10 reps, 3x/day, 1x/wk"),
                row(
                        "loaded held reps with rest: the load sits with the amount in short notation",
                        Dosage.builder()
                                .sets(3)
                                .reps(10)
                                .holdSeconds(3)
                                .restSeconds(30)
                                .load("2 kg"),
                        "3 sets of 10 reps, hold 3 seconds. Rest 30 seconds between sets. Load: 2 kg.",
                        "3 x 10 @ 2 kg, hold 3 s, rest 30 s"),
                row(
                        "a load on lifted reps",
                        Dosage.builder().sets(2).reps(5, 8).load("2 kg"),
                        "2 sets of 5-8 reps. Load: 2 kg.",
                        "2 x 5-8 @ 2 kg"));
    }

    private static Arguments row(String scenario, Dosage.Builder dosage, String patient, String clinician) {
        return Arguments.of(scenario, dosage.build(), patient, clinician);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dosages")
    void patients_read_the_dosage_in_plain_english(String scenario, Dosage dosage, String patient, String clinician) {
        assertThat(DosageText.forPatient(dosage)).isEqualTo(patient);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dosages")
    void clinicians_read_the_dosage_in_short_notation(
            String scenario, Dosage dosage, String patient, String clinician) {
        assertThat(DosageText.forClinician(dosage)).isEqualTo(clinician);
    }
}
