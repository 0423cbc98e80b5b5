package app.prism.plans;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.PageSession;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plan as a PDF to hand out and as an XLSX workbook, read back with PDFBox and fastexcel. */
class PlanExportIT extends IntegrationTest {

    private Api admin;
    private long plan;
    private String accountName;

    @BeforeEach
    void aPlanWithObjectives() {
        admin = admin();
        long account = admin.createAccount("Exported ");
        accountName = admin.get("/api/v1/accounts/" + account).json().path("name").asString();
        long unit = admin.createUnit(account, "Plant", "SITE", null);
        long product = admin.createProduct("EX-");
        LocalDate today = LocalDate.now();
        for (int daysAgo : new int[] {20, 400, 800}) {
            admin.post("/api/v1/sales", Api.json("unitId", unit, "productId", product, "date",
                    today.minusDays(daysAgo).toString(), "amount", new BigDecimal("1200.00")));
        }
        plan = admin.post("/api/v1/accounts/" + account + "/plans", Api.json("period", "2027",
                "shortTermGoals", "Modernise the cold chain – Zürich first", "strengths", List.of("Installed base"),
                "threats", List.of("=cmd|' /C calc'!A0"), "risks", List.of("Budget freeze"))).id();
        admin.post("/api/v1/plans/" + plan + "/objectives", Api.json("title", "Grow revenue in the Nordics",
                "metric", "REVENUE", "targetValue", 5000, "dueOn", "2027-12-31"));
        admin.post("/api/v1/plans/" + plan + "/objectives", Api.json("title", "=HYPERLINK(\"http://evil\")"));
        admin.post("/api/v1/plans/" + plan + "/actions", Api.json("title", "Workshop with the COO", "dueOn",
                "2027-03-01"));
    }

    @Test
    void thePdfOpensAndHoldsTheObjectives() throws Exception {
        Api.Download pdf = admin.getBytes("/api/v1/plans/" + plan + "/export.pdf");

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ".pdf");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/plan-export.pdf"), pdf.bytes());
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(accountName, "2027", "DRAFT", "Grow revenue in the Nordics",
                    "=HYPERLINK", "Workshop with the COO", "Installed base", "Budget freeze", "Penetration",
                    "whitespace value", "Revenue by calendar year");
            assertThat(text).contains("Zürich");
        }
    }

    @Test
    void thePdfWritesDatesAsTheReadersLocaleAndKeepsWhereWeStandOnTheCover() throws Exception {
        Api.Download pdf = admin.getBytes("/api/v1/plans/" + plan + "/export.pdf", java.util.Map.of("Accept-Language", "de-DE"));
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("due 01.03.2027", "due 31.12.2027", "(01.01.2027 – 31.12.2027)")
                    .doesNotContain("2027-03-01").doesNotContain("2027-12-31");
            PDFTextStripper cover = new PDFTextStripper();
            cover.setStartPage(1);
            cover.setEndPage(1);
            assertThat(cover.getText(doc)).contains("Where we stand", "Penetration", "Revenue by calendar year");
        }
    }

    @Test
    void theXlsxHoldsTheObjectivesWithFormulasNeutralised() throws Exception {
        Api.Download xlsx = admin.getBytes("/api/v1/plans/" + plan + "/export.xlsx");

        assertThat(xlsx.status()).isEqualTo(200);
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            List<Row> objectives = wb.getSheet(1).orElseThrow().read();
            assertThat(objectives.stream().map(r -> r.getCellText(0)))
                    .contains("Grow revenue in the Nordics", "'=HYPERLINK(\"http://evil\")");
            List<Row> plan = wb.getSheet(0).orElseThrow().read();
            assertThat(plan.stream().filter(r -> r.getCellCount() > 1).map(r -> r.getCellText(1)))
                    .contains(accountName, "2027", "'=cmd|' /C calc'!A0");
            List<Row> actions = wb.getSheet(2).orElseThrow().read();
            assertThat(actions.get(1).getCellText(0)).isEqualTo("Workshop with the COO");
        }
    }

    @Test
    void theBrowserDownloadsThroughItsSessionAndAMemberOffTheTeamGets404() {
        PageSession browser = PageSession.signedInThroughTheForm(baseUrl(), ADMIN_EMAIL, ADMIN_PASSWORD);
        PageSession.Page pdf = browser.get("/plans/" + plan + "/export.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(browser.get("/plans/" + plan + "/export.xlsx").status()).isEqualTo(200);

        var member = newUser("MEMBER");
        PageSession outsider = PageSession.signedInThroughTheForm(baseUrl(), member.email(), member.password());
        assertThat(outsider.get("/plans/" + plan + "/export.pdf").status()).isEqualTo(404);
    }
}
