package app.prism.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.PageSession;
import app.prism.support.TestUser;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The import wizard's pages over HTTP with a signed-in session: upload, preview, re-check, commit, result, undo. */
class ImportPagesIT extends IntegrationTest {

    private static final Map<String, String> HTMX = Map.of("HX-Request", "true");

    private PageSession adminPages() {
        return PageSession.signedInThroughTheForm(baseUrl(), ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    private static long idOf(String location) {
        Matcher m = Pattern.compile("/imports/(\\d+)$").matcher(location);
        assertThat(m.find()).as(location).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static String hidden(String body, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(body);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }

    @Test
    void aFileIsUploadedPreviewedRecheckedCommittedWithADuplicateSkippedAndUndone() {
        Api admin = admin();
        String base = unique("Brightwater");
        assertThat(admin.post("/api/v1/accounts", Api.json("name", base + " GmbH")).status()).isEqualTo(201);
        String csv = "name,industry,country,notes\n" + base + " AG,Chemicals,Germany,call back\n" + base
                + " Two,Retail,Atlantis,\n" + base + " Three,Retail,France,x\n";
        PageSession pages = adminPages();

        PageSession.Page start = pages.get("/imports");
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.body()).contains("Upload a file").contains("Import history").contains("Try the Salesforce sample");

        PageSession.Page uploaded = pages.postFile("/imports", "file", "accounts.csv",
                csv.getBytes(StandardCharsets.UTF_8), "preset", "PRISM", "type", "ACCOUNT");
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(302);
        long first = idOf(uploaded.location());

        PageSession.Page preview = pages.get("/imports/" + first);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("Dry run").contains("Files and mapping").contains("call back")
                .contains("class=\"unmapped\"").contains("— not imported —")
                .contains("Likely duplicates").contains("has nearly the same name").contains(base + " GmbH")
                .contains("Atlantis").contains("Commit import").contains("skipInvalid");

        // Re-check without the industry column: a new dry run of the same stored file.
        String column = hidden(preview.body(), "name_0_1");
        assertThat(column).isEqualTo("industry");
        PageSession.Page remapped = pages.post("/imports/" + first + "/remap", "name_0_1", "industry", "orig_0_1",
                "industry", "col_0_1", "");
        assertThat(remapped.status()).as(remapped.body()).isEqualTo(302);
        long id = idOf(remapped.location());
        assertThat(id).isNotEqualTo(first);
        PageSession.Page rechecked = pages.get("/imports/" + id);
        assertThat(admin.get("/api/v1/imports/" + id).json().path("files").get(0).path("unmapped").toString())
                .contains("industry").contains("notes");

        // All or nothing: refused while a row is in error.
        PageSession.Page refused = pages.post("/imports/" + id + "/commit");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Not committed").contains("row(s) have errors")
                .contains("Leave the rows in error out").doesNotContain("Exception");

        String dupFile = hidden(rechecked.body(), "dupFile_0");
        String dupRow = hidden(rechecked.body(), "dupRow_0");
        PageSession.Page committed = pages.post("/imports/" + id + "/commit", HTMX, "skipInvalid", "true",
                "dupFile_0", dupFile, "dupRow_0", dupRow, "dup_0", "SKIP");
        assertThat(committed.status()).as(committed.body()).isEqualTo(200);
        assertThat(committed.body()).contains("id=\"import-content\"").contains("Committed")
                .contains("Download rejected rows").contains("Undo this import").doesNotContain("<html");
        assertThat(admin.get("/api/v1/accounts?q=" + Api.encode(base + " Three")).json().path("total").asLong())
                .isEqualTo(1);
        assertThat(admin.get("/api/v1/accounts?q=" + Api.encode(base + " AG")).json().path("total").asLong())
                .isZero();

        assertThat(pages.get("/imports/" + id + "/progress").body()).contains("Committed").doesNotContain("hx-get");
        PageSession.Page rejected = pages.get("/imports/" + id + "/rejected.csv");
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body()).contains("Atlantis");
        assertThat(pages.get("/imports").body()).contains("/imports/" + id).contains("COMMITTED");

        PageSession.Page undone = pages.post("/imports/" + id + "/undo");
        assertThat(undone.status()).isEqualTo(302);
        assertThat(pages.get("/imports/" + id).body()).contains("Undone").contains("back as it was");
        assertThat(admin.get("/api/v1/accounts?q=" + Api.encode(base + " Three")).json().path("total").asLong())
                .isZero();

        PageSession.Page again = pages.post("/imports/" + id + "/undo");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("Not undone").contains("only a committed import is undone");
    }

    @Test
    void badFilesAreExplainedBesideTheFileField() {
        PageSession pages = adminPages();
        pages.get("/imports");
        PageSession.Page pdf = pages.postFile("/imports", "file", "brochure.pdf",
                "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(pdf.status()).isEqualTo(415);
        assertThat(pdf.body()).contains("id=\"file-error\"").contains("Upload a file").doesNotContain("Exception");

        PageSession.Page unknown = pages.postFile("/imports", "file", "things.csv",
                "colour,size\nred,3\n".getBytes(StandardCharsets.UTF_8), "preset", "PRISM");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("id=\"file-error\"").contains("choose the preset and the type");

        PageSession.Page empty = pages.postFile("/imports", "file", "", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("Choose a CSV, XLSX or ZIP file.");
    }

    @Test
    void samplesAreOfferedForDownloadAndToTry() {
        PageSession pages = adminPages();
        PageSession.Page zip = pages.get("/imports/samples/salesforce.zip");
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Disposition").orElse("")).contains("salesforce-sample.zip");
        assertThat(pages.get("/imports/samples/nosuchcrm.zip").status()).isEqualTo(404);

        pages.get("/imports");
        PageSession.Page tried = pages.post("/imports/samples/hubspot");
        assertThat(tried.status()).as(tried.body()).isEqualTo(302);
        PageSession.Page preview = pages.get(tried.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(preview.body()).contains("hubspot-sample.zip").contains("HubSpot").contains("Commit import");
    }

    @Test
    void aMemberOpensTheImportPageAndSeesOnlyTheirOwnHistory() {
        TestUser member = newUser("MEMBER");
        PageSession pages = PageSession.signedInThroughTheForm(baseUrl(), member.email(), member.password());
        PageSession.Page start = pages.get("/imports");
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.body()).contains("Your own imports").doesNotContain(">Admin</a>")
                .doesNotContain(ADMIN_EMAIL);
    }
}
