package app.floorplan.core.progress;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.practice.Completion;
import app.floorplan.core.practice.ExerciseOutcome;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.SymptomFlag;
import app.floorplan.core.practice.SymptomReport;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramId;
import app.floorplan.core.program.ProgramContent;
import app.floorplan.core.program.ProgramFixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A program that started on Wednesday 4 Nov 2026 and practice days for it; "today" is Friday 20 Nov 2026, so the weeks
 * are 2 Nov (from Wednesday), 9 Nov (full) and 16 Nov (until today).
 */
final class PracticeFixtures {

    static final LocalDate START = LocalDate.of(2026, 11, 4);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final PatientId PATIENT = PatientId.random();
    static final HomeProgramId PROGRAM = HomeProgramId.random();
    static final AccountId PT = AccountId.random();
    static final String HEEL_SLIDES = "heel-slides";
    static final String BREATHING = "diaphragmatic-breathing";

    private PracticeFixtures() {}

    static ProgramContent content(String... codes) {
        return ProgramFixtures.content(ProgramPhase.BREATH_AND_CONNECTION, codes);
    }

    static HomeProgram program(ProgramContent content) {
        return program(content, START);
    }

    static HomeProgram program(ProgramContent content, LocalDate start) {
        return HomeProgram.start(PROGRAM, PATIENT, content, PT, instant(start));
    }

    static Instant instant(LocalDate day) {
        return day.atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    static ExerciseId id(String code) {
        return ProgramFixtures.id(code);
    }

    static PracticeDay done(LocalDate date) {
        return day(date, Completion.DONE, OptionalInt.empty(), SymptomReport.NONE, List.of());
    }

    static PracticeDay skipped(LocalDate date) {
        return day(date, Completion.SKIPPED, OptionalInt.empty(), SymptomReport.NONE, List.of());
    }

    static PracticeDay pain(LocalDate date, int pain) {
        return day(date, Completion.DONE, OptionalInt.of(pain), SymptomReport.NONE, List.of());
    }

    static PracticeDay flagged(LocalDate date, String code, SymptomFlag... flags) {
        return day(
                date,
                Completion.DONE,
                OptionalInt.empty(),
                SymptomReport.NONE,
                List.of(new ExerciseOutcome(id(code), Completion.DONE, report(flags))));
    }

    static PracticeDay sessionFlagged(LocalDate date, SymptomReport report) {
        return day(date, Completion.DONE, OptionalInt.empty(), report, List.of());
    }

    static SymptomReport report(SymptomFlag... flags) {
        return new SymptomReport(Set.of(flags), Optional.empty());
    }

    static PracticeDay day(
            LocalDate date,
            Completion session,
            OptionalInt pain,
            SymptomReport symptoms,
            List<ExerciseOutcome> exercises) {
        return new PracticeDay(
                PATIENT, date, PROGRAM, 1, session, pain, OptionalInt.empty(), symptoms, exercises, instant(date), 1);
    }

    /** Done on {@code count} days of the week starting {@code monday}, from Monday on. */
    static List<PracticeDay> doneDays(LocalDate monday, int count) {
        var days = new ArrayList<PracticeDay>();
        for (int i = 0; i < count; i++) {
            days.add(done(monday.plusDays(i)));
        }
        return days;
    }
}
