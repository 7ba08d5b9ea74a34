package app.floorplan.core.progress;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.SymptomFlag;
import app.floorplan.core.practice.SymptomReport;
import app.floorplan.core.questionnaire.SelfHarmAnswer;
import app.floorplan.core.safety.UrgentSigns;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The alert rules, applied to one patient's logged days. Pure: the same days give the same alerts with the same keys.
 *
 * @param inactiveDays days without any log (even a skipped session counts as a log) after which the PT is alerted
 */
public record AlertRules(int inactiveDays) {

    /** Domain brief, home program model: "Competitors alert the PT on pain >= 7". */
    public static final int HIGH_PAIN = 7;

    /**
     * Domain brief: "a rise of 2 points over baseline"; 2 points is also the NRS minimal clinically important difference
     * (Farrar et al. 2001, Pain 94:149-158; see NrsMinimalImportantDifference).
     */
    public static final int PAIN_RISE = 2;

    /**
     * Issue #5: "no log for 7 days (configurable)". The domain brief's competitors alert after about 2 days of no
     * log-in; a week suits a home program practised on fewer than 7 days a week without daily noise.
     */
    public static final int DEFAULT_INACTIVE_DAYS = 7;

    /** Symptoms that mean "regress or hold" for the exercise (domain brief: precautions) and are shown as alerts. */
    public static final Set<SymptomFlag> EXERCISE_SYMPTOMS =
            Set.copyOf(EnumSet.of(SymptomFlag.DOMING, SymptomFlag.LEAKING, SymptomFlag.HEAVINESS));

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    public AlertRules {
        if (inactiveDays < 1) {
            throw new IllegalArgumentException("inactive days must be at least 1, got " + inactiveDays);
        }
    }

    /**
     * One unnamed alert before the patient's name and acknowledgement are known.
     *
     * @param reasons why, in the order they were found (pain first, then the session, then each exercise)
     * @param urgentReasons why the day needs reading now ({@link UrgentSigns}); empty when it does not
     */
    public record Found(AlertKey key, List<AlertReason> reasons, List<String> urgentReasons) {

        public Found {
            Objects.requireNonNull(key, "key");
            reasons = List.copyOf(reasons);
            urgentReasons = List.copyOf(urgentReasons);
        }

        public boolean urgent() {
            return !urgentReasons.isEmpty();
        }
    }

    /**
     * @param days her logged days to check, oldest first (usually the recent ones)
     * @param lastLogged her latest logged day ever, if any
     * @param programStart the day her program started, for inactivity when she never logged
     * @param names exercise names for the texts
     * @return at most one alert per logged day, with all of that day's reasons, and the no-recent-log alert
     */
    public List<Found> apply(
            PatientId patient,
            List<PracticeDay> days,
            Optional<PainBaseline> baseline,
            Optional<LocalDate> lastLogged,
            LocalDate programStart,
            LocalDate today,
            Function<ExerciseId, String> names) {
        var found = new ArrayList<Found>();
        for (var day : days) {
            var reasons = new ArrayList<AlertReason>();
            pain(day, baseline, reasons);
            symptoms(day, Optional.empty(), day.symptoms(), names, reasons);
            day.exercises()
                    .forEach(outcome ->
                            symptoms(day, Optional.of(outcome.exercise()), outcome.symptoms(), names, reasons));
            if (!reasons.isEmpty()) {
                found.add(new Found(
                        AlertKey.loggedDay(patient, day.date()),
                        reasons,
                        UrgentSigns.in(day).reasons()));
            }
        }
        inactivity(patient, lastLogged, programStart, today).ifPresent(found::add);
        return found;
    }

    /**
     * One urgent alert per patient and answer day for the EPDS responses whose item 10 scored above 0, whoever entered
     * them (her phone or the PT's paper copy): [COX-1987] scoring guidance says such an answer always prompts further
     * assessment, whatever the total. Two responses on one day are one alert with the higher score.
     *
     * @param answers the current versions' answers above 0, any order
     * @return oldest day first
     */
    public static List<Found> selfHarm(List<SelfHarmAnswer> answers) {
        var highest = new TreeMap<LocalDate, Map<PatientId, SelfHarmAnswer>>();
        for (var answer : answers) {
            highest.computeIfAbsent(answer.answeredOn(), day -> new LinkedHashMap<>())
                    .merge(
                            answer.patient(),
                            answer,
                            (one, other) -> one.itemScore() >= other.itemScore() ? one : other);
        }
        return highest.values().stream()
                .flatMap(perPatient -> perPatient.values().stream())
                .map(answer -> new Found(
                        new AlertKey(answer.patient(), AlertSubject.SELF_HARM_ANSWER, answer.answeredOn()),
                        List.of(new AlertReason(
                                AlertKind.SELF_HARM_ANSWER,
                                "EPDS item 10 scored " + answer.itemScore() + " (of 3) in the questionnaire of "
                                        + DAY.format(answer.answeredOn()),
                                Optional.empty())),
                        List.of(answer.reason())))
                .toList();
    }

    private static void pain(PracticeDay day, Optional<PainBaseline> baseline, List<AlertReason> reasons) {
        if (day.pain().isEmpty()) {
            return;
        }
        int pain = day.pain().getAsInt();
        if (pain >= HIGH_PAIN) {
            reasons.add(new AlertReason(
                    AlertKind.HIGH_PAIN, "Pain " + pain + " on " + DAY.format(day.date()), Optional.empty()));
        }
        baseline.filter(base -> pain - base.value() >= PAIN_RISE)
                .ifPresent(base -> reasons.add(new AlertReason(
                        AlertKind.PAIN_RISE,
                        "Pain " + pain + " on " + DAY.format(day.date()) + ", " + (pain - base.value())
                                + " above her baseline of " + base.value(),
                        Optional.empty())));
    }

    private static void symptoms(
            PracticeDay day,
            Optional<ExerciseId> exercise,
            SymptomReport report,
            Function<ExerciseId, String> names,
            List<AlertReason> reasons) {
        Optional<String> name = exercise.map(names);
        String during = name.map(n -> " during " + n).orElse(" in the session");
        String on = " on " + DAY.format(day.date());
        var flagged =
                report.flags().stream().filter(EXERCISE_SYMPTOMS::contains).toList();
        if (!flagged.isEmpty()) {
            String what = flagged.stream().map(AlertRules::label).collect(Collectors.joining(" and "));
            reasons.add(new AlertReason(AlertKind.EXERCISE_SYMPTOM, capitalised(what) + during + on, name));
        }
        if (report.has(SymptomFlag.PAIN_INCREASE)) {
            reasons.add(new AlertReason(AlertKind.PAIN_INCREASE, "More pain" + during + on, name));
        }
        if (report.has(SymptomFlag.OTHER)) {
            String words =
                    report.otherText().map(text -> ": \u201c" + text + "\u201d").orElse("");
            reasons.add(new AlertReason(AlertKind.OTHER_SYMPTOM, "Other symptom" + during + on + words, name));
        }
    }

    private Optional<Found> inactivity(
            PatientId patient, Optional<LocalDate> lastLogged, LocalDate programStart, LocalDate today) {
        LocalDate since = lastLogged.orElse(programStart);
        long silent = today.toEpochDay() - since.toEpochDay();
        if (silent < inactiveDays) {
            return Optional.empty();
        }
        String what = lastLogged
                .map(last -> "No log for " + silent + " days (last on " + DAY.format(last) + ")")
                .orElseGet(() -> "Nothing logged in the " + silent + " days since the program started on "
                        + DAY.format(programStart));
        return Optional.of(new Found(
                new AlertKey(patient, AlertSubject.NO_RECENT_LOG, since),
                List.of(new AlertReason(AlertKind.NO_RECENT_LOG, what, Optional.empty())),
                List.of()));
    }

    /** The flag in the PT's words. */
    public static String label(SymptomFlag flag) {
        return switch (flag) {
            case DOMING -> "doming";
            case LEAKING -> "leaking";
            case HEAVINESS -> "heaviness or bulge";
            case PAIN_INCREASE -> "more pain";
            case OTHER -> "other";
        };
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A day as the alert texts write it, e.g. "20 Nov". */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }
}
