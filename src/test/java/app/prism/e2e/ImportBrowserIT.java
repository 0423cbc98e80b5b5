package app.prism.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The import wizard in a real browser: upload, preview with counts and a likely duplicate, skip it, commit, undo. */
class ImportBrowserIT extends BrowserTest {

    /** A full-page screenshot at the desktop width and at a phone's. */
    private static void screenshots(Page page, String name) {
        Browser.screenshot(page, name + "-1440");
        page.setViewportSize(390, 844);
        Browser.screenshot(page, name + "-390");
        page.setViewportSize(1440, 900);
    }

    @Test
    void aCsvIsPreviewedItsDuplicateSkippedCommittedAndUndone() {
        Api admin = admin();
        String base = unique("Kestrel");
        assertThat(admin.post("/api/v1/accounts", Api.json("name", base + " GmbH")).status()).isEqualTo(201);
        Page page = signedIn(ADMIN_EMAIL, ADMIN_PASSWORD, 1440, 900);

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Admin")).click();
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Administration"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Import")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Upload a file"))).isVisible();
        screenshots(page, "import-start");

        // A file that is none of CSV, XLSX and ZIP: the reason beside the file field.
        Locator file = page.getByLabel("File (CSV, XLSX or ZIP)");
        file.setInputFiles(new FilePayload("brochure.pdf", "application/pdf",
                "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check file")).click();
        assertThat(page.locator("#file-error")).isVisible();
        screenshots(page, "import-refused");

        String csv = "name,industry,country,notes\n" + base + " AG,Chemicals,Germany,call back\n" + base
                + " Two,Retail,Atlantis,\n" + base + " Three,Retail,France,x\n";
        page.getByLabel("File (CSV, XLSX or ZIP)").setInputFiles(new FilePayload("accounts.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        page.getByLabel("Preset").selectOption("PRISM");
        page.getByLabel("Type (a single file)").selectOption("ACCOUNT");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check file")).click();
        page.waitForURL(Pattern.compile(".*/imports/\\d+$"));

        Locator counts = page.locator("table.counts");
        assertThat(counts).containsText("Account");
        assertThat(page.locator("table.mapping tr.unmapped")).containsText("notes");
        Locator dup = page.locator("#dup-0");
        assertThat(dup).containsText(base + " AG");
        assertThat(dup).containsText(base + " GmbH");
        assertThat(page.locator("#errors-title")).isVisible();
        screenshots(page, "import-preview");

        java.util.List<String> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onRequest(r -> requests.add(r.url()));
        dup.getByLabel("Skip").check();
        page.getByLabel(Pattern.compile("in error out")).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Commit import")).click();

        assertThat(page.locator("#import-result")).containsText("Committed");
        // The commit went through htmx, and the progress bar asked how far it was meanwhile.
        assertThat(requests).anyMatch(u -> u.matches(".*/imports/\\d+/commit$"));
        assertThat(requests).anyMatch(u -> u.matches(".*/imports/\\d+/progress$"));
        assertThat(page.url()).matches(".*/imports/\\d+$");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download rejected rows"))).isVisible();
        assertThat(admin.get("/api/v1/accounts?q=" + Api.encode(base + " Three")).json().path("total").asLong())
                .isEqualTo(1);
        assertThat(admin.get("/api/v1/accounts?q=" + Api.encode(base + " AG")).json().path("total").asLong()).isZero();
        screenshots(page, "import-committed");

        page.getByText("Undo this import…").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, undo the import")).click();
        assertThat(page.locator("#import-result")).containsText("Undone");
        assertThat(admin.get("/api/v1/accounts?q=" + Api.encode(base + " Three")).json().path("total").asLong())
                .isZero();
        screenshots(page, "import-undone");
    }

    @Test
    void theSalesforceSampleIsPreviewedFromTheAccountsImportButton() {
        Api admin = admin();
        long account = admin.createAccount("Sample target ");
        Page page = signedIn(ADMIN_EMAIL, ADMIN_PASSWORD, 1440, 900);
        page.navigate(baseUrl() + "/accounts/" + account + "/units");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import…")).click();
        assertThat(page.locator("h1")).containsText("into");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try the Salesforce sample")).click();
        page.waitForURL(Pattern.compile(".*/imports/\\d+$"));
        assertThat(page.locator("table.counts")).containsText("Contact");
        assertThat(page.locator(".import-file").first()).isVisible();
        screenshots(page, "import-sample-preview");
    }
}
