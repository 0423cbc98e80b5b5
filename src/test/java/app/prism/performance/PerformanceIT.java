package app.prism.performance;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.TestUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every metric of PRODUCT.md section 4 "Performance" on a hand-built account, dated relative to today. */
class PerformanceIT extends IntegrationTest {

    static final LocalDate D = LocalDate.now();

    record Line(long unit, long product, LocalDate date, String amount, String cost) {}

    private Api admin;
    private long account;
    private long u1;
    private long u2;
    private long c1;
    private long c2;
    private long c3;
    private List<Line> lines;

    @BeforeEach
    void anAccountWithThreeYearsOfSales() {
        admin = admin();
        account = admin.createAccount("Performance ");
        u1 = admin.createUnit(account, "Plant 1", "SITE", null);
        u2 = admin.createUnit(account, "Plant 2", "SITE", null);
        long p1 = admin.createProduct("PF-");
        long p2 = admin.createProduct("PG-");
        lines = List.of(
                new Line(u1, p1, D.minusDays(10), "1000.00", "600.00"),    // this TTM
                new Line(u1, p2, D.minusDays(20), "500.00", null),
                new Line(u2, p1, D.minusDays(30), "-100.00", null),       // a credit note: the pair does not buy
                new Line(u1, p1, D.minusDays(375), "800.00", "500.00"),   // the TTM a year ago
                new Line(u2, p2, D.minusDays(500), "200.00", "100.00"),
                new Line(u1, p1, D.minusDays(1000), "300.00", "200.00")); // older, within the last three TTMs
        for (Line l : lines) {
            Api.Response r = admin.post("/api/v1/sales", Api.json("unitId", l.unit(), "productId", l.product(), "date",
                    l.date().toString(), "amount", new BigDecimal(l.amount()), "cost",
                    l.cost() == null ? null : new BigDecimal(l.cost())));
            assertThat(r.status()).as(r.toString()).isIn(200, 201);
        }
        c1 = admin.createContact(u1, "Ann One");
        c2 = admin.createContact(u2, "Bob Two");
        c3 = admin.createContact(u1, "Cyd Three");
        assertThat(admin.patch("/api/v1/contacts/" + c3, Api.json("active", false)).status()).isEqualTo(200);
    }

    private void answer(long contact, int daysAgo, int score) {
        Api.Response r = admin.post("/api/v1/survey-answers", Api.json("contactId", contact, "date",
                D.minusDays(daysAgo).toString(), "score", score));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    @Test
    void theTtmMetrics() {
        answer(c1, 100, 2);
        answer(c1, 5, 10);
        answer(c2, 40, 5);
        answer(c3, 50, 9);

        JsonNode p = admin.get("/api/v1/accounts/" + account + "/performance").json();
        JsonNode ttm = p.path("ttm");

        assertThat(p.path("asOf").asString()).isEqualTo(D.toString());
        assertThat(ttm.path("revenue").decimalValue()).isEqualByComparingTo("1400.00");
        assertThat(ttm.path("growth").decimalValue()).isEqualByComparingTo("0.4");        // 1400 vs 1000
        assertThat(ttm.path("grossMargin").decimalValue()).isEqualByComparingTo("0.4");   // (1000 − 600) / 1000
        assertThat(ttm.path("retention").decimalValue()).isEqualByComparingTo("0.5");     // 1 of 2 pairs buys again
        assertThat(ttm.path("activeContacts").asLong()).isEqualTo(2);
        assertThat(ttm.path("unitsWithContact").asLong()).isEqualTo(2);
        assertThat(ttm.path("activeContactsYearAgo").asLong()).isZero();                  // entered today
        assertThat(ttm.path("unitsWithContactYearAgo").asLong()).isZero();
        assertThat(ttm.path("nps").decimalValue()).isEqualByComparingTo("33.3");          // 10, 5, 9 -> (2 − 1) / 3
        // margin to date 900; mean yearly margin of the last three TTMs 300; retention 0.5 -> 2 years
        assertThat(ttm.path("clv").decimalValue()).isEqualByComparingTo("1500.00");

        // An earlier asOf still counts the contacts there now; a year before it, none had been entered.
        JsonNode earlier = admin.get("/api/v1/accounts/" + account + "/performance?asOf=" + D.minusDays(30)).json()
                .path("ttm");
        assertThat(earlier.path("activeContacts").asLong()).isEqualTo(2);
        assertThat(earlier.path("unitsWithContact").asLong()).isEqualTo(2);
        assertThat(earlier.path("activeContactsYearAgo").asLong()).isZero();
    }

    @Test
    void everyCalendarYearWithSalesAgainstTheYearBefore() {
        Map<Integer, BigDecimal[]> expected = new TreeMap<>();   // revenue, amount with cost, cost
        for (Line l : lines) {
            BigDecimal[] y = expected.computeIfAbsent(l.date().getYear(),
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            y[0] = y[0].add(new BigDecimal(l.amount()));
            if (l.cost() != null) {
                y[1] = y[1].add(new BigDecimal(l.amount()));
                y[2] = y[2].add(new BigDecimal(l.cost()));
            }
        }
        JsonNode years = admin.get("/api/v1/accounts/" + account + "/performance").json().path("years");

        assertThat(years.values()).extracting(y -> y.path("year").asInt()).containsExactlyElementsOf(expected.keySet());
        for (JsonNode y : years) {
            BigDecimal[] e = expected.get(y.path("year").asInt());
            assertThat(y.path("revenue").decimalValue()).isEqualByComparingTo(e[0]);
            BigDecimal[] before = expected.get(y.path("year").asInt() - 1);
            if (before == null || before[0].signum() == 0) assertThat(y.path("growth").isNull()).isTrue();
            else assertThat(y.path("growth").decimalValue()).isEqualByComparingTo(PerformanceRule.growth(e[0], before[0]));
            if (e[1].signum() == 0) assertThat(y.path("grossMargin").isNull()).isTrue();
            else assertThat(y.path("grossMargin").decimalValue())
                    .isEqualByComparingTo(PerformanceRule.grossMargin(e[1], e[2], 1));
        }
    }

    @Test
    void anAccountWithoutSalesHasNoRatios() {
        long empty = admin.createAccount("Empty perf ");
        JsonNode ttm = admin.get("/api/v1/accounts/" + empty + "/performance").json().path("ttm");

        assertThat(ttm.path("revenue").decimalValue()).isEqualByComparingTo("0");
        assertThat(ttm.path("growth").isNull()).isTrue();
        assertThat(ttm.path("grossMargin").isNull()).isTrue();
        assertThat(ttm.path("retention").isNull()).isTrue();
        assertThat(ttm.path("nps").isNull()).isTrue();
        assertThat(ttm.path("clv").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(admin.get("/api/v1/accounts/" + empty + "/performance").json().path("years").size()).isZero();
    }

    @Test
    void targetsAndTheirGaps() {
        Api.Response put = admin.put("/api/v1/accounts/" + account + "/targets", "[" + Api.json("metric", "REVENUE",
                "period", "TTM", "value", 2000) + "," + Api.json("metric", "GROSS_MARGIN", "period", "TTM", "value",
                0.45) + "," + Api.json("metric", "REVENUE", "period", String.valueOf(D.getYear() + 1), "value", 5000) + "]");
        assertThat(put.status()).as(put.toString()).isEqualTo(200);

        JsonNode targets = admin.get("/api/v1/accounts/" + account + "/performance").json().path("targets");
        JsonNode revenue = targets.values().stream().filter(t -> t.path("metric").asString().equals("REVENUE")
                && t.path("period").asString().equals("TTM")).findFirst().orElseThrow();
        assertThat(revenue.path("gap").decimalValue()).isEqualByComparingTo("600");
        JsonNode margin = targets.values().stream().filter(t -> t.path("metric").asString().equals("GROSS_MARGIN"))
                .findFirst().orElseThrow();
        assertThat(margin.path("gap").decimalValue()).isEqualByComparingTo("0.05");
        JsonNode nextYear = targets.values().stream().filter(t -> !t.path("period").asString().equals("TTM"))
                .findFirst().orElseThrow();
        assertThat(nextYear.path("gap").decimalValue()).isEqualByComparingTo("5000");
        // the Plan tab reads the gaps as ahead or behind, a ratio's in percentage points; the contacts were all entered
        // today, so the tiles do not claim there were none a year ago
        String page = admin.get("/accounts/" + account + "/plan", Map.of("Accept", "text/html")).body();
        assertThat(page).contains("5.0 pp behind").contains("EUR 600.00 behind")
                .contains("a year ago not known").doesNotContain("0 a year ago");

        assertThat(admin.put("/api/v1/accounts/" + account + "/targets", "[" + Api.json("metric", "NPS", "period",
                "2026", "value", 50) + "]").errorFields()).containsExactly("[0].period");
        assertThat(admin.put("/api/v1/accounts/" + account + "/targets", "[" + Api.json("metric", "NPS", "period",
                "TTM", "value", 50) + "," + Api.json("metric", "NPS", "period", "TTM", "value", 60) + "]").status())
                .isEqualTo(400);
        assertThat(admin.put("/api/v1/accounts/" + account + "/targets", "[" + Api.json("metric", "FUN", "period",
                "TTM", "value", 1) + "]").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/accounts/" + account + "/targets").json().size()).isEqualTo(3);
    }

    @Test
    void surveyAnswersRefuseBadInputWholeIncludingCsv() {
        assertThat(admin.post("/api/v1/survey-answers", Api.json("contactId", c1, "date", D.toString(), "score", 11))
                .errorFields()).containsExactly("score");
        assertThat(admin.post("/api/v1/survey-answers", Api.json("contactId", 999_999_999L, "date", D.toString(),
                "score", 5)).errorFields()).containsExactly("contactId");
        assertThat(admin.post("/api/v1/survey-answers", Api.json("contactId", c1, "score", 5)).errorFields())
                .containsExactly("date");
        Api.Response batch = admin.post("/api/v1/survey-answers", "[" + Api.json("contactId", c1, "date", D.toString(),
                "score", 8) + "," + Api.json("contactId", c2, "date", D.toString(), "score", -1) + "]");
        assertThat(batch.status()).isEqualTo(400);
        assertThat(batch.errorFields()).containsExactly("line 2: score");
        Api.Response csv = admin.send("POST", "/api/v1/survey-answers", "contactId,date,score,comment\n" + c1 + ","
                + D + ",9,great\n" + c2 + ",yesterday,7,\n", Map.of("Content-Type", "text/csv"));
        assertThat(csv.status()).isEqualTo(400);
        assertThat(csv.errorFields()).containsExactly("line 2");
        assertThat(admin.get("/api/v1/survey-answers?accountId=" + account).json().path("total").asLong()).isZero();

        Api.Response good = admin.send("POST", "/api/v1/survey-answers", "contactId,date,score,comment\n" + c1 + ","
                + D + ",9,great\n" + c2 + "," + D.minusDays(1) + ",7,\n", Map.of("Content-Type", "text/csv"));
        assertThat(good.status()).as(good.toString()).isEqualTo(201);
        assertThat(admin.get("/api/v1/survey-answers?accountId=" + account).json().path("total").asLong()).isEqualTo(2);
        assertThat(admin.get("/api/v1/survey-answers?contactId=" + c1).json().path("items").get(0).path("comment")
                .asString()).isEqualTo("great");
    }

    @Test
    void aMemberOffTheTeamSeesNoneOfIt() {
        answer(c1, 5, 10);
        TestUser member = newUser("MEMBER");
        assertThat(member.api().get("/api/v1/accounts/" + account + "/performance").status()).isEqualTo(404);
        assertThat(member.api().get("/api/v1/accounts/" + account + "/targets").status()).isEqualTo(404);
        assertThat(member.api().put("/api/v1/accounts/" + account + "/targets", "[]").status()).isEqualTo(404);
        assertThat(member.api().get("/api/v1/survey-answers").json().path("total").asLong()).isZero();
        assertThat(member.api().post("/api/v1/survey-answers", Api.json("contactId", c1, "date", D.toString(), "score",
                5)).errorFields()).containsExactly("contactId");
    }
}
