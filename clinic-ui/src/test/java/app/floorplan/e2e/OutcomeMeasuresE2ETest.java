package app.floorplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.floorplan.FloorPlanServerTest;
import app.floorplan.core.demo.DemoClinic;
import app.floorplan.core.demo.DemoLogin;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.ui.portal.PortalPatients;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue 12's loop on a phone-sized screen: the PT assigns the PFDI-20 from the patient page, the patient fills it in on
 * her phone one question a screen and sends it, and the PT sees its score on the Progress tab's chart.
 */
@FloorPlanServerTest
class OutcomeMeasuresE2ETest extends BrowserTest {

    private static final String USERNAME = "e2e-pfdi-20";
    private static final String HIDE_DEV_TOOLS = "copilot-main, vaadin-dev-tools { display: none !important; }";

    @Autowired
    ApplicationContext context;

    @Test
    void the_pt_assigns_the_pfdi_20_she_fills_it_in_on_her_phone_and_the_pt_sees_the_score_on_the_chart() {
        PatientId patient = new PortalPatients(context).withLogin(USERNAME);
        page.setViewportSize(390, 844);

        // the PT assigns the PFDI-20 (the form's default questionnaire), due today, once
        logIn(DemoClinic.PT);
        openPatientTab(patient, "Questionnaires");
        page.locator("#assign-questionnaire").click();
        assertThat(page.locator("#assignments")).containsText("Waiting for her answers since");
        page.locator("#logout").click();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));

        // she sees it on My plan and answers each question with one tap: bladder items bother her most
        logIn(new DemoLogin(USERNAME, PortalPatients.PASSWORD, Role.PATIENT, "Tess Portal"));
        assertThat(page.locator("#questionnaires-to-fill-in")).hasText("1 questionnaire to fill in");
        page.getByText("Fill in your PFDI-20").click();
        page.locator("#start-questionnaire").click();
        for (int item = 1; item <= 20; item++) {
            assertThat(page.locator("#question-number")).hasText("Question " + item);
            if (item == 1) {
                hideDevTools();
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(Path.of("target", "screenshots", "questionnaire-question-phone.png")));
            }
            // POPDI-6 (items 1-6) 2 each, CRADI-8 (7-14) 1 each, UDI-6 (15-20) 3 each
            int bother = item <= 6 ? 2 : item <= 14 ? 1 : 3;
            page.locator("#answer-" + bother).click();
        }
        assertThat(page.locator("#review-summary")).containsText("You answered 20 of 20 questions.");
        page.locator("#send-questionnaire").click();
        assertThat(page.locator("#questionnaire-sent")).containsText("Thank you. Your PFDI-20 was sent on");
        page.locator("#logout").click();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));

        // the PT sees the score on the chart: (2 + 1 + 3) x 25 = 50 + 25 + 75 = 150
        logIn(DemoClinic.PT);
        openPatientTab(patient, "Progress");
        assertThat(page.locator("#measure-0 .fp-measure-title")).hasText("PFDI-20");
        assertThat(page.locator("#measure-0-chart svg circle")).hasCount(1);
        assertThat(page.locator("#measure-0-chart svg"))
                .hasAttribute("aria-label", Pattern.compile("^PFDI-20, lower is better: .* 150 points\\..*"));
        assertThat(page.locator("#measure-0-summary")).containsText("150 points. Measured once so far.");
        page.locator("#measure-0").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "pt-outcome-chart-phone.png"))
                .setFullPage(true));
    }

    private void openPatientTab(PatientId patient, String tab) {
        page.navigate(url("/patients/" + patient));
        waitForVaadin();
        hideDevTools();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(tab)).click();
    }

    private void hideDevTools() {
        page.addStyleTag(new Page.AddStyleTagOptions().setContent(HIDE_DEV_TOOLS));
    }
}
