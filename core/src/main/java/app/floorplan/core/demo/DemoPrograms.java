package app.floorplan.core.demo;

import app.floorplan.core.exercise.ExerciseCode;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import app.floorplan.core.exercise.library.StandardExerciseLibrary;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.practice.Completion;
import app.floorplan.core.practice.ExerciseOutcome;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.PracticeLogRepository;
import app.floorplan.core.practice.SymptomFlag;
import app.floorplan.core.practice.SymptomReport;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramId;
import app.floorplan.core.program.HomeProgramRepository;
import app.floorplan.core.program.HomeProgramVersion;
import app.floorplan.core.program.ProgramContent;
import app.floorplan.core.program.ProgramItem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * Home programs for the demo patients with a login, and three weeks of practice before today, so the patient's plan,
 * streak and chart show something real: Anna's pain eases from 6 to 3 and she once noticed doming during the dead bug;
 * Bea practises less regularly after her caesarean. Everything is relative to today, so the demo looks the same on any
 * day; today itself is left for the person trying the demo to log.
 */
final class DemoPrograms {

    private static final int HISTORY_DAYS = 21;

    private final HomeProgramRepository programs;
    private final PracticeLogRepository practice;
    private final StandardExerciseLibrary library = new StandardExerciseLibrary();
    private final LocalDate today;
    private final ZoneId zone;

    DemoPrograms(HomeProgramRepository programs, PracticeLogRepository practice, Clock clock) {
        this.programs = programs;
        this.practice = practice;
        this.zone = clock.getZone();
        this.today = LocalDate.now(clock);
    }

    void anna(PatientId anna, AccountId pt) {
        var first = new HomeProgramVersion(
                HomeProgramId.random(),
                anna,
                1,
                content(
                        ProgramPhase.BREATH_AND_CONNECTION,
                        List.of("Lift my baby without back pain", "No leaks when I sneeze"),
                        List.of(DailyLifeAdvice.FEEDING_SET_UP, DailyLifeAdvice.COUGHING_AND_SNEEZING),
                        item("diaphragmatic-breathing", ""),
                        item("connection-breath", "Breathe out first, then lift: like picking up a blueberry."),
                        item("pelvic-floor-endurance-holds", ""),
                        item("heel-slides", "")),
                pt,
                at(today.minusWeeks(8)),
                Optional.empty(),
                false);
        var second = HomeProgram.start(first.program(), anna, first.content(), pt, first.createdAt())
                .revise(
                        content(
                                ProgramPhase.STABILITY,
                                List.of("Lift my baby without back pain", "No leaks when I sneeze"),
                                List.of(
                                        DailyLifeAdvice.FEEDING_SET_UP,
                                        DailyLifeAdvice.LIFTING,
                                        DailyLifeAdvice.COUGHING_AND_SNEEZING),
                                item("connection-breath", ""),
                                item("pelvic-floor-endurance-holds", "Ten slow breaths of rest between holds."),
                                item("the-knack", ""),
                                item("dead-bug-marching", "Keep the movement small if your belly starts to dome."),
                                item("glute-bridge", "")),
                        pt,
                        at(today.minusWeeks(2)),
                        "Your tummy gap has narrowed and your belly no longer domes when you lift your head,"
                                + " so we add exercises that train steadiness.",
                        true,
                        1);
        programs.add(first);
        programs.addVersion(second, 1);
        int[] pain = {6, 6, 5, 6, 5, 5, 5, 4, 5, 4, 4, 4, 4, 3, 4, 3, 3, 3, 3, 3, 3};
        for (int daysAgo = HISTORY_DAYS; daysAgo >= 1; daysAgo--) {
            LocalDate date = today.minusDays(daysAgo);
            if (daysAgo == 17 || daysAgo == 10) {
                continue; // two days she did not log
            }
            HomeProgramVersion version = date.isBefore(today.minusWeeks(2)) ? first : second;
            Completion completion = daysAgo == 12 ? Completion.SKIPPED : Completion.DONE;
            boolean doming = daysAgo == 5;
            log(
                    version,
                    date,
                    completion,
                    OptionalInt.of(pain[HISTORY_DAYS - daysAgo]),
                    OptionalInt.of(doming ? 6 : 4),
                    exercise -> doming && exercise.equals(id("dead-bug-marching"))
                            ? new SymptomReport(Set.of(SymptomFlag.DOMING), Optional.empty())
                            : SymptomReport.NONE);
        }
    }

    void bea(PatientId bea, AccountId pt) {
        var first = new HomeProgramVersion(
                HomeProgramId.random(),
                bea,
                1,
                content(
                        ProgramPhase.BREATH_AND_CONNECTION,
                        List.of("Feed my baby without neck pain"),
                        List.of(
                                DailyLifeAdvice.SCAR_CARE,
                                DailyLifeAdvice.GETTING_IN_AND_OUT_OF_BED,
                                DailyLifeAdvice.FEEDING_SET_UP),
                        item("diaphragmatic-breathing", ""),
                        item("tva-draw-in-with-breath", "Hand below your navel, away from the scar."),
                        item("seated-thoracic-rotation", "")),
                pt,
                at(today.minusWeeks(4)),
                Optional.empty(),
                false);
        programs.add(first);
        for (int daysAgo = HISTORY_DAYS; daysAgo >= 1; daysAgo--) {
            if (daysAgo % 3 == 0) {
                continue; // she logs about two days in three
            }
            Completion completion = daysAgo % 4 == 0 ? Completion.PARTLY : Completion.DONE;
            log(
                    first,
                    today.minusDays(daysAgo),
                    completion,
                    OptionalInt.of(daysAgo > 10 ? 4 : 3),
                    OptionalInt.empty(),
                    exercise -> SymptomReport.NONE);
        }
    }

    private void log(
            HomeProgramVersion version,
            LocalDate date,
            Completion completion,
            OptionalInt pain,
            OptionalInt effort,
            Function<ExerciseId, SymptomReport> symptoms) {
        List<ExerciseOutcome> outcomes = new ArrayList<>();
        if (completion != Completion.SKIPPED) {
            var items = version.content().items();
            for (int index = 0; index < items.size(); index++) {
                ExerciseId exercise = items.get(index).exercise();
                Completion how = completion == Completion.PARTLY && index == items.size() - 1
                        ? Completion.SKIPPED
                        : Completion.DONE;
                outcomes.add(new ExerciseOutcome(exercise, how, symptoms.apply(exercise)));
            }
        }
        practice.save(new PracticeDay(
                version.patient(),
                date,
                version.program(),
                version.number(),
                completion,
                completion == Completion.SKIPPED ? OptionalInt.empty() : pain,
                completion == Completion.SKIPPED ? OptionalInt.empty() : effort,
                SymptomReport.NONE,
                outcomes,
                at(date).plusSeconds(19 * 3600),
                1));
    }

    private ProgramContent content(
            ProgramPhase phase, List<String> goals, List<DailyLifeAdvice> advice, ProgramItem... items) {
        List<ProgramItem> ordered = new ArrayList<>();
        for (int position = 0; position < items.length; position++) {
            ProgramItem item = items[position];
            ordered.add(new ProgramItem(position, item.exercise(), item.dosage(), item.note()));
        }
        return new ProgramContent(phase, goals, ordered, Set.copyOf(advice), Optional.empty());
    }

    /** An item at position 0; {@link #content} puts the items in order. */
    private ProgramItem item(String code, String note) {
        var exercise = library.find(ExerciseCode.of(code)).orElseThrow();
        return new ProgramItem(0, exercise.id(), exercise.defaultDosage(), Optional.of(note));
    }

    private ExerciseId id(String code) {
        return library.find(ExerciseCode.of(code)).orElseThrow().id();
    }

    private Instant at(LocalDate date) {
        return date.atTime(9, 0).atZone(zone).toInstant();
    }
}
