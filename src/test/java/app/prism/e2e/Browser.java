package app.prism.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Headless Debian Chromium driven by Playwright. The binary comes from {@code PRISM_CHROMIUM} (default
 * /usr/bin/chromium); without one the browser tests skip themselves and say why.
 */
final class Browser implements AutoCloseable {

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Browser launch() {
        assumeTrue(!Boolean.getBoolean("prism.browser.skip"), "browser tests switched off with -Dprism.browser.skip=true");
        Path chromium = Paths.get(System.getenv().getOrDefault("PRISM_CHROMIUM", "/usr/bin/chromium"));
        assumeTrue(Files.isExecutable(chromium), "No Chromium at " + chromium
                + ": install it (apt-get install chromium) or set PRISM_CHROMIUM; skipping the browser tests.");
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        var browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update", "--no-first-run")));
        return new Browser(playwright, browser);
    }

    /** The browser's language, so pages show dates as this locale does (see {@link #date}). */
    static final java.util.Locale LOCALE = java.util.Locale.UK;

    Page newPage(int width, int height) {
        return browser.newContext(new NewContextOptions().setViewportSize(width, height)
                .setLocale(LOCALE.toLanguageTag())).newPage();
    }

    /** A date as the pages show it to this browser: the medium style of its locale ("1 Dec 2026"). */
    static String date(java.time.LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(LOCALE));
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(Paths.get("target/screenshots"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots", name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
