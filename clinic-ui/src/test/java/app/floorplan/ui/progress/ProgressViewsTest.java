package app.floorplan.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.core.exercise.ExerciseCode;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.IntakeId;
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.patient.PatientDetails;
import app.floorplan.core.patient.PatientList;
import app.floorplan.core.patient.PatientQuery;
import app.floorplan.core.patient.PatientRegistry;
import app.floorplan.core.practice.Completion;
import app.floorplan.core.practice.ExerciseOutcome;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.PracticeLogRepository;
import app.floorplan.core.practice.SymptomFlag;
import app.floorplan.core.practice.SymptomReport;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramId;
import app.floorplan.core.program.HomeProgramRepository;
import app.floorplan.core.program.ProgramContent;
import app.floorplan.core.program.ProgramContentDraft;
import app.floorplan.core.program.ProgramItem;
import app.floorplan.ui.patient.PatientView;
import app.floorplan.ui.testing.UiFixtures;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The PT's side of the portal in the running application: a patient who practised for three weeks with a pain spike to
 * 8, doming during heel slides and an "other" symptom in her own words.
 */
@FloorPlanAppTest
class ProgressViewsTest extends SpringBrowserlessTest {

    private static final ExerciseId HEEL_SLIDES = ExerciseId.ofBuiltIn(ExerciseCode.of("heel-slides"));
    private static final ExerciseId DRAW_IN = ExerciseId.ofBuiltIn(ExerciseCode.of("tva-draw-in-with-breath"));

    @Autowired
    PatientRegistry registry;

    @Autowired
    HomeProgramRepository programs;

    @Autowired
    PracticeLogRepository practice;

    @Autowired
    CurrentActor currentActor;

    @Autowired
    Clock clock;

    @Autowired
    IntakeRepository intakes;

    @Autowired
    PatientList patientList;

    @Test
    @WithUserDetails("therapist")
    void the_progress_tab_shows_adherence_pain_and_symptoms_and_applies_the_suggested_step_back() {
        PatientId patient = patientWithHistory("Greta");

        openProgressTab(patient);

        assertThat(text("last-activity")).isEqualTo("Last logged on " + day(1) + " (yesterday)");
        assertThat(text("adherence-table")).contains("Week of", "Sessions practised", "%");
        assertThat(svg("adherence-chart")).contains("<rect", "70 % target");
        assertThat(text("adherence-summary")).startsWith("Adherence per week: week of");
        assertThat(svg("pain-chart")).contains("<polyline", "baseline 3");
        assertThat(text("pain-summary")).contains("Highest 8", "Baseline 3 (median of her first three");
        assertThat(text("symptom-table"))
                .contains("Heel slides", "doming", "Whole session", "<b>dizzy</b> when standing up");
        assertThat(text("suggestion-kind")).isEqualTo("Suggestion: Step back");
        assertThat(text("suggestion-reasons")).contains("Doming during Heel slides on " + day(2));
        assertThat(text("suggestion-changes"))
                .contains("Replace Heel slides with its easier variant Deep core draw-in with breath");

        test($view(Button.class).id("apply-suggestion")).click();
        TextArea reason = $(TextArea.class).id("suggestion-reason");
        assertThat(reason.getValue()).startsWith("From the practice log: doming during Heel slides");
        test(reason).setValue("  ");
        test($(Button.class).id("confirm-apply")).click();
        assertThat(reason.isInvalid()).as("a new version needs a reason").isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Say why this version replaces the previous one");
        assertThat(programs.current(patient).orElseThrow().versions()).hasSize(1);

        test(reason).setValue("Doming during heel slides: back to the draw-in for now");
        test($(Button.class).id("confirm-apply")).click();

        HomeProgram revised = programs.current(patient).orElseThrow();
        assertThat(revised.current().number()).isEqualTo(2);
        assertThat(revised.current().reason()).contains("Doming during heel slides: back to the draw-in for now");
        assertThat(revised.current().content().items())
                .extracting(ProgramItem::exercise)
                .containsExactly(DRAW_IN);
    }

    @Test
    @WithUserDetails("therapist")
    void a_program_started_today_says_there_is_not_enough_data_yet() {
        PatientId patient = patientWithProgramSince("Hanna", 0);

        openProgressTab(patient);

        assertThat(text("last-activity")).startsWith("Nothing logged yet since the program started on");
        assertThat(text("suggestion-kind")).isEqualTo("Suggestion: Not enough data yet");
        assertThat(text("suggestion-reasons")).contains("two full weeks");
        assertThat($view(Button.class).all())
                .noneMatch(button -> button.getId().equals(Optional.of("apply-suggestion")));
    }

    @Test
    @WithUserDetails("therapist")
    void the_alert_list_shows_one_alert_per_logged_day_urgent_ones_first_and_acknowledges_a_day_once() {
        PatientId patient = patientWithHistory("Ines");
        navigate(AlertsView.class);
        int badgeBefore = badge("alert-badge");
        int urgentBefore = badge("alert-badge-urgent");

        int high = alertWith("Pain 8 on " + day(3));
        assertThat(reasonsOf(high))
                .containsExactly("Pain 8 on " + day(3), "Pain 8 on " + day(3) + ", 5 above her baseline of 3");
        assertThat(text("alert-" + high + "-urgent")).isEqualTo("Urgent");
        assertThat(text("alert-" + high + "-urgent-reasons")).contains("pain 8 of 10 (clinic rule: 8 or more)");
        int dizzy =
                alertWith("Other symptom in the session on " + day(1) + ": \u201c<b>dizzy</b> when standing up\u201d");
        assertThat(text("alert-" + dizzy + "-urgent-reasons"))
                .contains("her words may describe: Bleeding with dizziness");
        int doming = alertWith("Doming during Heel slides on " + day(2));
        assertThat(urgent(doming)).isFalse();
        assertThat(doming).as("urgent alerts come first").isGreaterThan(Math.max(high, dizzy));
        assertThat($view(Component.class)
                        .id("alert-" + high + "-patient")
                        .getElement()
                        .getAttribute("href"))
                .isEqualTo("patients/" + patient);

        test($view(Button.class).id("alert-" + high + "-acknowledge")).click();
        TextArea note = $(TextArea.class).id("ack-note");
        test(note).setValue("x".repeat(501));
        test($(Button.class).id("confirm-ack")).click();
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Keep the note to 500 characters");
        assertThat(note.getValue()).hasSize(501);

        test(note).setValue("Called her: slept badly, pain settled");
        test($(Button.class).id("confirm-ack")).click();

        assertThat(reasonTexts())
                .doesNotContain("Pain 8 on " + day(3), "Pain 8 on " + day(3) + ", 5 above her baseline of 3")
                .contains("Doming during Heel slides on " + day(2));
        assertThat(badge("alert-badge")).isEqualTo(badgeBefore - 1);
        assertThat(badge("alert-badge-urgent")).isEqualTo(urgentBefore - 1);

        test($view(Checkbox.class).id("show-acknowledged")).click();
        int shown = alertWith("Pain 8 on " + day(3));
        assertThat(text("alert-" + shown + "-acknowledged"))
                .isEqualTo("Acknowledged on " + day(0) + ": Called her: slept badly, pain settled");
    }

    @Test
    @WithUserDetails("therapist")
    void a_patient_with_no_assigned_pt_shows_in_every_pts_default_list_marked_so() {
        PatientId unassigned = registry.register(details("Jana", Optional.empty()), true);
        addProgram(unassigned, 3);
        practice.save(day(unassigned, 1, Completion.DONE, OptionalInt.of(9), SymptomReport.NONE, List.of()));

        navigate(AlertsView.class);

        int jana = alertWith("Pain 9 on " + day(1));
        assertThat(text("alert-" + jana + "-unassigned")).isEqualTo("No PT assigned");
    }

    private int badge(String id) {
        return Integer.parseInt($(Span.class).id(id).getText().replaceAll("\\D", ""));
    }

    private boolean urgent(int alert) {
        return $view(Div.class).id("alert-" + alert).hasClassName("fp-alert-urgent");
    }

    /** The index of the alert with this reason. */
    private int alertWith(String reason) {
        return reasonSpans()
                .filter(span -> span.getText().equals(reason))
                .map(span -> Integer.parseInt(span.getId().orElseThrow().split("-")[1]))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no alert with " + reason + " in " + reasonTexts()));
    }

    private List<String> reasonsOf(int alert) {
        return reasonSpans()
                .filter(span -> span.getId().orElseThrow().startsWith("alert-" + alert + "-reason-"))
                .map(Span::getText)
                .toList();
    }

    private List<String> reasonTexts() {
        return reasonSpans().map(Span::getText).toList();
    }

    private java.util.stream.Stream<Span> reasonSpans() {
        return $view(Span.class).all().stream()
                .filter(span -> span.getId().orElse("").matches("alert-\\d+-reason-\\d+"))
                .sorted(java.util.Comparator.comparing(
                        span -> span.getId().orElseThrow(), ProgressViewsTest::byNumbers));
    }

    private static int byNumbers(String left, String right) {
        String[] a = left.split("-");
        String[] b = right.split("-");
        int first = Integer.compare(Integer.parseInt(a[1]), Integer.parseInt(b[1]));
        return first != 0 ? first : Integer.compare(Integer.parseInt(a[3]), Integer.parseInt(b[3]));
    }

    private void openProgressTab(PatientId patient) {
        navigate("patients/" + patient, PatientView.class);
        Tab progress = $view(Tab.class).all().stream()
                .filter(tab -> tab.getLabel().equals("Progress"))
                .findFirst()
                .orElseThrow();
        $view(TabSheet.class).single().setSelectedTab(progress);
    }

    /** Three weeks of practice, pain 3 with a spike to 8, doming during heel slides, "other" in her own words. */
    private PatientId patientWithHistory(String given) {
        PatientId patient = patientWithProgramSince(given, 21);
        for (int daysAgo = 20; daysAgo >= 1; daysAgo--) {
            if (daysAgo % 4 == 0) {
                continue;
            }
            int pain = daysAgo == 3 ? 8 : 3;
            var exercises = List.of(new ExerciseOutcome(
                    HEEL_SLIDES,
                    Completion.DONE,
                    daysAgo == 2
                            ? new SymptomReport(Set.of(SymptomFlag.DOMING), Optional.empty())
                            : SymptomReport.NONE));
            var session = daysAgo == 1
                    ? new SymptomReport(Set.of(SymptomFlag.OTHER), Optional.of("<b>dizzy</b> when standing up"))
                    : SymptomReport.NONE;
            practice.save(day(patient, daysAgo, Completion.DONE, OptionalInt.of(pain), session, exercises));
        }
        return patient;
    }

    private PatientId patientWithProgramSince(String given, int daysAgo) {
        PatientId patient = registry.register(
                details(given, Optional.of(currentActor.require().accountId())), true);
        addProgram(patient, daysAgo);
        intakeLikeAnnas(patient);
        return patient;
    }

    /** The program gate needs an intake with a red-flag screen: Anna's (demo) has no red flag. */
    private void intakeLikeAnnas(PatientId patient) {
        PatientId anna = patientList
                .page(PatientQuery.text("Anna Berg"), 0, 1)
                .getFirst()
                .id();
        Intake hers = intakes.current(anna).orElseThrow();
        intakes.add(Intake.record(
                IntakeId.random(),
                patient,
                hers.obstetricHistory(),
                hers.pain(),
                hers.relevantHistory(),
                hers.redFlags(),
                currentActor.require().accountId(),
                clock.instant()));
    }

    private void addProgram(PatientId patient, int daysAgo) {
        ProgramContent content = new ProgramContentDraft()
                .phase(ProgramPhase.BREATH_AND_CONNECTION)
                .addItem(HEEL_SLIDES, Dosage.builder().reps(10).daysPerWeek(7), "")
                .build();
        programs.add(HomeProgram.start(
                        HomeProgramId.random(),
                        patient,
                        content,
                        currentActor.require().accountId(),
                        clock.instant().minus(daysAgo, ChronoUnit.DAYS))
                .current());
    }

    private PracticeDay day(
            PatientId patient,
            int daysAgo,
            Completion session,
            OptionalInt pain,
            SymptomReport symptoms,
            List<ExerciseOutcome> exercises) {
        HomeProgram program = programs.current(patient).orElseThrow();
        return new PracticeDay(
                patient,
                LocalDate.now(clock).minusDays(daysAgo),
                program.id(),
                program.current().number(),
                session,
                pain,
                OptionalInt.empty(),
                symptoms,
                exercises,
                Instant.now(clock),
                1);
    }

    private PatientDetails details(String given, Optional<app.floorplan.core.identity.AccountId> pt) {
        return UiFixtures.patient(given, "Practising", LocalDate.of(1991, 4, 5), pt, LocalDate.now(clock));
    }

    private String day(int daysAgo) {
        return app.floorplan.core.progress.AlertRules.day(LocalDate.now(clock).minusDays(daysAgo));
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }

    private String svg(String id) {
        return $view(Svg.class).id(id).getElement().getProperty("innerHTML", "");
    }
}
