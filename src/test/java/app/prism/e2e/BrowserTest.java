package app.prism.e2e;

import app.prism.support.IntegrationTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/**
 * A test that drives headless Chromium against the running application: one browser per test class, and pages signed
 * in through the login form as a user would.
 */
@Tag("browser")
abstract class BrowserTest extends IntegrationTest {

    static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.launch();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.close();
        browser = null;
    }

    /** A new 1280 × 900 page, sent to the login page, signed in there as the given user and now on the home page. */
    Page signedIn(String email, String password) {
        return signedIn(email, password, 1280, 900);
    }

    Page signedIn(String email, String password, int width, int height) {
        Page page = browser.newPage(width, height);
        page.navigate(baseUrl() + "/");
        page.waitForURL(baseUrl() + "/login");   // nothing but the login page before signing in
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(Pattern.compile("^" + Pattern.quote(baseUrl() + "/") + "(\\?continue)?$"));   // the saved request
        return page;
    }

    Page signedInAsAdmin() {
        return signedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    }
}
