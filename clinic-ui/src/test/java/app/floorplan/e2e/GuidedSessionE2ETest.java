package app.floorplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanServerTest;
import app.floorplan.core.demo.DemoLogin;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.practice.Completion;
import app.floorplan.core.practice.ExerciseOutcome;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.SymptomFlag;
import app.floorplan.ui.portal.PortalPatients;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A patient runs a short guided session on a 360 px phone, with the browser's clock sped up by Playwright's clock
 * (the timers run in the browser, so only the page's clock is advanced): holds with a tap between them, a breath-paced
 * hold per side in two sets with a rest, then a rep counter, where she stops for doming. She answers pain and effort
 * once, and the day is logged.
 */
@FloorPlanServerTest
class GuidedSessionE2ETest extends BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final DemoLogin PATIENT =
            new DemoLogin("session-e2e", PortalPatients.PASSWORD, Role.PATIENT, "Tess Portal");

    @Autowired
    ApplicationContext context;

    @Autowired
    ClinicCalendar calendar;

    @Test
    void she_runs_a_short_session_stops_one_exercise_for_doming_and_finds_the_day_logged() {
        var patients = new PortalPatients(context);
        PatientId me = patients.withLogin(PATIENT.username());
        patients.program(
                me,
                List.of(
                        Dosage.builder().reps(2).holdSeconds(5, 10).build(),
                        Dosage.builder()
                                .sets(2, 3)
                                .holdBreaths(3, 5)
                                .perSide()
                                .restSeconds(20)
                                .build(),
                        Dosage.builder().reps(3).build()));
        page.setViewportSize(360, 740);
        logIn(PATIENT);
        assertThat(page.locator("#start-session")).hasText("Start today's session");
        // the session page loads with Playwright's clock in place of the browser's
        page.clock().install();
        page.navigate(url("/my-plan/session"));
        waitForVaadin();
        assertThat(page.locator("#session-exercise")).hasText(patients.exerciseName(0));
        page.locator("#session-start").click();
        assertThat(page.locator("#session-instruction")).hasText("Hold 1 of 2");
        assertThat(page.locator("#session-note")).containsText("hold 5-10 seconds");
        assertThat(page.locator("#session-live")).containsText("Hold 1 of 2: hold for 5 seconds");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("session-hold-phone.png")));
        page.clock().runFor(5_500);
        assertThat(page.locator("#session-instruction")).hasText("Let go fully and relax");
        page.locator("#session-next-hold").click();
        page.clock().runFor(5_500);

        // second exercise: 2 sets, each side, a hold of 3 breaths (10 s each), 20 s rest between sets
        assertThat(page.locator("#session-exercise")).hasText(patients.exerciseName(1));
        page.locator("#session-start").click();
        assertThat(page.locator("#session-where")).hasText("Set 1 of 2 (your plan: 2-3) · First side");
        assertThat(page.locator("#session-big")).hasText("Breathe in");
        page.clock().runFor(4_500);
        assertThat(page.locator("#session-big")).hasText("Breathe out");
        assertThat(page.locator("#session-live")).hasText("Breathe out.");
        page.clock().runFor(26_000);
        assertThat(page.locator("#session-instruction")).hasText("Switch sides");
        page.locator("#session-switched").click();
        page.clock().runFor(30_500);
        assertThat(page.locator("#session-instruction")).hasText("Rest between sets");
        page.clock().runFor(20_500);
        page.locator("#session-switched").click();
        page.clock().runFor(30_500);
        page.locator("#session-switched").click();
        page.clock().runFor(30_500);

        // third exercise: a rep counter; after one rep she notices doming
        assertThat(page.locator("#session-exercise")).hasText(patients.exerciseName(2));
        page.locator("#session-start").click();
        page.locator("#session-rep").click();
        assertThat(page.locator("#session-big")).hasText("1 of 3");
        page.locator("#session-stop").click();
        page.locator("#session-sign-doming").click();
        assertThat(page.locator("#session-instruction")).hasText("Doming: stop this exercise");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("session-stopped-phone.png")));
        page.locator("#session-end").click();

        assertThat(page.locator("#session-end-heading")).hasText("Session ended");
        assertThat(page.locator("#session-status")).hasText("Saved as today's practice.");
        page.locator("#session-pain input").fill("2");
        page.locator("#session-effort input").fill("4");
        page.locator("#session-save").click();
        assertThat(page.locator("#session-status")).hasText("Saved. Thank you!");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("session-end-phone.png"))
                .setFullPage(true));

        PracticeDay day = patients.entry(me, calendar.today()).orElseThrow();
        assertThat(day.exercises())
                .extracting(ExerciseOutcome::completion)
                .containsExactly(Completion.DONE, Completion.DONE, Completion.PARTLY);
        assertThat(day.exercises().get(2).symptoms().flags()).containsExactly(SymptomFlag.DOMING);
        assertThat(day.pain()).hasValue(2);
        assertThat(day.effort()).hasValue(4);

        page.locator("#session-back").click();
        assertThat(page.locator("#today-status")).hasText("Today is logged: partly done. Thank you!");
    }
}
