package app.prism.demo;

import app.prism.identity.SystemSignIn;
import app.prism.scoring.RatingsInput;
import app.prism.scoring.ScoringService;
import app.prism.scoring.SnapshotKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Hand ratings of the demo accounts on the default model's manual criteria, given by each account's global account
 * manager (drawn by hand for the three large groups, high or low in turn for the others), and last month's snapshot
 * taken before the latest planning session changed some of them, so the portfolio shows movement. The computed criteria come from the demo's sales, matrix and contacts.
 */
final class DemoRatings {

    /** A rating and its note. */
    private record Rated(int score, String note) {}

    /** Per customer: the ratings at last month's snapshot, then the ones of the latest session. */
    private record Plan(Map<String, Rated> lastMonth, Map<String, Rated> now) {}

    private static final Map<String, Plan> PLANS = Map.of(
            "Rheinwerk Industrie Gruppe", new Plan(
                    ratings("strategic_fit", 9, "Machine builders like them are our best references",
                            "profit_potential", 6, "Large volumes, hard negotiations",
                            "competitive_position", 3, "Siemens is the incumbent in most plants",
                            "satisfaction", 5, "Two escalations on delivery times last quarter"),
                    ratings("strategic_fit", 9, "Machine builders like them are our best references",
                            "profit_potential", 7, "Service contracts lift the margin",
                            "competitive_position", 7, "Preferred supplier for drives since the framework agreement",
                            "satisfaction", 8, "Delivery issues solved; the CTO praised the team")),
            "Nordhavn Food Group", new Plan(
                    ratings("strategic_fit", 7, "Food plants need our hygiene-grade portfolio",
                            "profit_potential", 8, "Little price pressure, long contracts",
                            "competitive_position", 2, "We supply two of nine plants",
                            "satisfaction", 4, null),
                    ratings("strategic_fit", 7, "Food plants need our hygiene-grade portfolio",
                            "profit_potential", 8, "Little price pressure, long contracts",
                            "competitive_position", 2, "We supply two of nine plants",
                            "satisfaction", 4, "Good feedback from Aarhus; the other plants hardly know us")),
            "Meridian Freight Logistics", new Plan(
                    ratings("strategic_fit", 4, "Warehouses use little of our automation range",
                            "profit_potential", 3, "Tenders decided on price",
                            "competitive_position", 6, "Trusted for conveyor safety",
                            "satisfaction", 7, null),
                    ratings("strategic_fit", 3, "Warehouses use little of our automation range",
                            "profit_potential", 3, "Tenders decided on price",
                            "competitive_position", 7, "Trusted for conveyor safety",
                            "satisfaction", 8, "Renewed the service contract without a tender")));

    private final ScoringService scoring;
    private final SystemSignIn signIn;
    private final LocalDate today;

    DemoRatings(ScoringService scoring, SystemSignIn signIn, LocalDate today) {
        this.scoring = scoring;
        this.signIn = signIn;
        this.today = today;
    }

    /** Rates every demo account as its manager (by account name: id and manager's email), with a snapshot between. */
    void rate(Map<String, Long> accountIds, Map<String, String> managerEmails, Map<String, Integer> unitCounts) {
        rateAll(accountIds, managerEmails, unitCounts, false);
        scoring.takeSnapshots(SnapshotKind.MONTHLY, today.withDayOfMonth(1));
        rateAll(accountIds, managerEmails, unitCounts, true);
    }

    private void rateAll(Map<String, Long> accountIds, Map<String, String> managerEmails,
            Map<String, Integer> unitCounts, boolean now) {
        int[] index = {0};
        accountIds.forEach((name, id) -> {
            Plan plan = PLANS.get(name);
            Map<String, Rated> rated = plan == null ? generated(name, unitCounts.get(name), index[0]++, now)
                    : now ? plan.now() : plan.lastMonth();
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            Map<String, String> notes = new LinkedHashMap<>();
            rated.forEach((key, r) -> {
                scores.put(key, BigDecimal.valueOf(r.score()));
                notes.put(key, r.note());
            });
            signIn.asUser(managerEmails.get(name), () -> scoring.rate(id, new RatingsInput(scores, notes)));
        });
    }

    /**
     * The manual ratings of a customer not drawn by hand, high or low on each axis, so the portfolio spreads over all four
     * segments once the computed criteria (size, growth, whitespace, penetration, coverage) are added: large groups are
     * attractive, half the mid-size customers and one small one in four; our position is strong in two of five.
     */
    static Map<String, Rated> generated(String name, int units, int index, boolean now) {
        Random random = new Random(name.hashCode());
        boolean attractive = units >= 20 || (units >= 6 ? index % 2 == 0 : index % 4 == 0);
        // one in six was rated the other way on our position before the latest session: the portfolio shows movement
        boolean strong = ((index * 7 + 3) % 5 < 2) == (now || index % 6 != 1);
        int a = attractive ? 8 + random.nextInt(3) : random.nextInt(3);
        int b = attractive ? 7 + random.nextInt(3) : 1 + random.nextInt(3);
        int c = strong ? 8 + random.nextInt(3) : random.nextInt(2);
        int d = strong ? 7 + random.nextInt(3) : 1 + random.nextInt(2);
        return ratings("strategic_fit", a, attractive ? "A reference we want in this industry" : "Needs little of what we do best",
                "profit_potential", b, attractive ? "Healthy margins, long contracts" : "Buys on price in every tender",
                "competitive_position", c, strong ? "Preferred supplier in most sites" : "A competitor holds the frame contract",
                "satisfaction", d, strong ? "Praised our service at the last review" : "Complaints about response times");
    }

    private static Map<String, Rated> ratings(Object... keyScoreNote) {
        Map<String, Rated> out = new LinkedHashMap<>();
        for (int i = 0; i < keyScoreNote.length; i += 3) {
            out.put((String) keyScoreNote[i], new Rated((Integer) keyScoreNote[i + 1], (String) keyScoreNote[i + 2]));
        }
        return out;
    }
}
