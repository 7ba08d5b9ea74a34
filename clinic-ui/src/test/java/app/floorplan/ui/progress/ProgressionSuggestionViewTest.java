package app.floorplan.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.core.exercise.ExerciseCode;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.patient.PatientRegistry;
import app.floorplan.core.practice.Completion;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.PracticeLogRepository;
import app.floorplan.core.practice.SymptomReport;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramId;
import app.floorplan.core.program.HomeProgramRepository;
import app.floorplan.core.program.ProgramContentDraft;
import app.floorplan.ui.patient.PatientView;
import app.floorplan.ui.testing.UiFixtures;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The Progress tab's progression suggestion, one step at a time, with the clinic rule named, and her effort ratings on
 * FloorPlan's own scale. Two full weeks of good practice before this week, with effort logged.
 */
@FloorPlanAppTest
class ProgressionSuggestionViewTest extends SpringBrowserlessTest {

    private static final ExerciseId DRAW_IN = ExerciseId.ofBuiltIn(ExerciseCode.of("tva-draw-in-with-breath"));
    private static final ExerciseId HEEL_SLIDES = ExerciseId.ofBuiltIn(ExerciseCode.of("heel-slides"));

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

    @Test
    @WithUserDetails("therapist")
    void a_phase_that_has_lasted_four_weeks_moves_on_alone_and_says_the_four_weeks_are_a_clinic_rule() {
        PatientId patient = practised("Klara", DRAW_IN, thisMonday().minusWeeks(5));

        openProgressTab(patient);

        assertThat(text("suggestion-kind")).isEqualTo("Suggestion: Ready to advance");
        assertThat(text("suggestion-changes")).isEqualTo("Move to phase 2: Stability");
        assertThat(text("suggestion-reasons"))
                .contains("(at least 4 weeks; clinic rule)")
                .contains("One change at a time: harder variants wait for a later suggestion");
        assertThat($view(Button.class).id("apply-suggestion").isVisible()).isTrue();
        assertThat(text("effort-summary"))
                .startsWith("Effort ratings: ")
                .contains("Latest 5 (working).")
                .contains("FloorPlan's own 0-10 effort rating")
                .contains("10 the hardest you can imagine")
                .doesNotContain("Borg");
    }

    @Test
    @WithUserDetails("therapist")
    void a_young_phase_holds_and_says_why_in_plain_words() {
        PatientId patient = practised("Lotta", HEEL_SLIDES, thisMonday().minusWeeks(2));

        openProgressTab(patient);

        assertThat(text("suggestion-kind")).isEqualTo("Suggestion: Hold");
        assertThat(text("suggestion-reasons"))
                .contains("a phase lasts at least 4 weeks before the next one is suggested (clinic rule)")
                .contains("Dead bug level 1: marching, the harder variant of Heel slides, belongs to phase 2: it"
                        + " waits for that phase");
        assertThat($view(Button.class).all())
                .noneMatch(button -> button.getId().equals(Optional.of("apply-suggestion")));
    }

    private LocalDate thisMonday() {
        return LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** A phase 1 program since {@code start}, done on 5 days with effort 4 then 5 in each of the last two weeks. */
    private PatientId practised(String given, ExerciseId exercise, LocalDate start) {
        PatientId patient = registry.register(
                UiFixtures.patient(
                        given,
                        "Progressing",
                        LocalDate.of(1990, 6, 7),
                        Optional.of(currentActor.require().accountId()),
                        LocalDate.now(clock)),
                true);
        AccountId pt = currentActor.require().accountId();
        var content = new ProgramContentDraft()
                .phase(ProgramPhase.BREATH_AND_CONNECTION)
                .addItem(exercise, Dosage.builder().reps(10).daysPerWeek(7), "")
                .build();
        long daysAgo = ChronoUnit.DAYS.between(start, LocalDate.now(clock));
        programs.add(HomeProgram.start(
                        HomeProgramId.random(),
                        patient,
                        content,
                        pt,
                        clock.instant().minus(daysAgo, ChronoUnit.DAYS))
                .current());
        HomeProgram program = programs.current(patient).orElseThrow();
        for (LocalDate monday : List.of(thisMonday().minusWeeks(2), thisMonday().minusWeeks(1))) {
            for (int day = 0; day < 5; day++) {
                practice.save(new PracticeDay(
                        patient,
                        monday.plusDays(day),
                        program.id(),
                        1,
                        Completion.DONE,
                        OptionalInt.of(2),
                        OptionalInt.of(day < 4 ? 4 : 5),
                        SymptomReport.NONE,
                        List.of(),
                        Instant.now(clock),
                        1));
            }
        }
        return patient;
    }

    private void openProgressTab(PatientId patient) {
        navigate("patients/" + patient, PatientView.class);
        Tab progress = $view(Tab.class).all().stream()
                .filter(tab -> tab.getLabel().equals("Progress"))
                .findFirst()
                .orElseThrow();
        $view(TabSheet.class).single().setSelectedTab(progress);
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }
}
