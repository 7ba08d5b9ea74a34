package app.floorplan.e2e;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright for Java. Playwright never downloads a browser here: the path comes from
 * {@code CHROMIUM_PATH} or defaults to {@code /usr/bin/chromium} (installed by .ci/run).
 */
final class Browser implements AutoCloseable {

    private static final List<String> ARGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    Browser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(chromium))
                        .setHeadless(true)
                        .setArgs(ARGS));
    }

    /** A fresh page with its own cookies, i.e. a new person at a new device. */
    Page newPage(int width, int height) {
        return newPage(width, height, "en-US");
    }

    /** As {@link #newPage(int, int)}, with the browser set to a language (its Accept-Language and date formats). */
    Page newPage(int width, int height, String locale) {
        BrowserContext context = browser.newContext(
                new NewContextOptions().setViewportSize(width, height).setLocale(locale));
        context.setDefaultTimeout(30_000);
        return context.newPage();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
