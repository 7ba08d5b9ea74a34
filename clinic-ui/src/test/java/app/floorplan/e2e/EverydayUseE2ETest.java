package app.floorplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.floorplan.FloorPlanServerTest;
import app.floorplan.core.demo.DemoClinic;
import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What a PT notices in the first hour: dates typed as shown, fields that show their whole value, quick clicks. */
@FloorPlanServerTest
class EverydayUseE2ETest extends BrowserTest {

    private static final Pattern A_PATIENT_PAGE = Pattern.compile(".*/patients/[0-9a-f-]{36}$");

    @Test
    void an_en_us_browser_accepts_the_date_as_the_hint_shows_it_as_its_own_format_and_as_iso() {
        logIn(DemoClinic.PT);
        page.navigate(url("/patients/new"));
        waitForVaadin();
        Locator dateOfBirth = page.locator("vaadin-date-picker#dateOfBirth");
        assertThat(dateOfBirth).containsText("e.g. 14.3.1992");

        assertAccepted(dateOfBirth, "15.6.1993", "15.6.1993", "1993-06-15");
        assertAccepted(dateOfBirth, "6/16/1993", "16.6.1993", "1993-06-16");
        assertAccepted(dateOfBirth, "1993-06-17", "17.6.1993", "1993-06-17");
    }

    @Test
    void a_german_browser_accepts_its_own_padded_dates_too() {
        switchBrowserLanguage("de-DE");
        logIn(DemoClinic.PT);
        page.navigate(url("/patients/new"));
        waitForVaadin();

        assertAccepted(page.locator("vaadin-date-picker#dateOfBirth"), "05.06.1993", "5.6.1993", "1993-06-05");
    }

    @Test
    void a_row_clicked_right_after_typing_a_search_opens_that_patient() {
        logIn(DemoClinic.PT);
        assertThat(page.locator("#patient-grid")).containsText("Anna Berg");

        // well within the 0.4 s the search waits for more typing
        page.locator("#patient-search input").fill("Berg");
        page.locator("#patient-grid").getByText("Anna Berg").click();

        assertThat(page).hasURL(A_PATIENT_PAGE);
        assertThat(page.locator("h2").first()).containsText("Anna Berg");
    }

    @Test
    void the_delivery_mode_shows_spontaneous_vaginal_in_full() {
        logIn(DemoClinic.PT);
        page.locator("#patient-grid").getByText("Anna Berg").click();
        assertThat(page).hasURL(A_PATIENT_PAGE);
        page.navigate(page.url() + "/intake");
        waitForVaadin();

        Locator mode = page.locator("vaadin-select#delivery-0-mode vaadin-select-value-button");
        assertThat(mode).containsText("Spontaneous vaginal");
        Object cutOff = mode.evaluate("button => button.scrollWidth > button.clientWidth");
        org.assertj.core.api.Assertions.assertThat(cutOff)
                .as("the mode is cut off")
                .isEqualTo(false);
    }

    /** Typed, then shown in the clinic's format and understood as the date (the picker's value, ISO). */
    private void assertAccepted(Locator datePicker, String typed, String shown, String understood) {
        Locator input = datePicker.locator("input");
        input.fill(typed);
        // Enter commits what was typed (typing opens the calendar; Tab would move into it)
        input.press("Enter");
        waitForVaadin();
        assertThat(input).hasValue(shown);
        org.assertj.core.api.Assertions.assertThat(datePicker.evaluate("picker => picker.value"))
                .as("'%s' understood as a date", typed)
                .isEqualTo(understood);
        assertThat(datePicker).not().hasAttribute("invalid", "");
    }
}
