package app.prism.performance;

import app.prism.contact.ContactService;
import app.prism.web.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the performance panels of the account's Plan tab show ({@code performance/fragments/performance}): the figures
 * with how they compare, the three-year charts with their target lines, and the targets with their gaps.
 */
@Component
public class PerformancePanel {

    /** A figure on the page: its value as text, and how it compares with a year ago or its target. */
    record Figure(String label, String value, String detail) {}

    private final PerformanceService performance;
    private final ContactService contacts;
    private final String currency;

    PerformancePanel(PerformanceService performance, ContactService contacts,
            @Value("${prism.currency:EUR}") String currency) {
        this.performance = performance;
        this.contacts = contacts;
        this.currency = currency;
    }

    /**
     * Adds {@code performance}, {@code figures}, {@code chartData}, {@code targetRows} and {@code metrics} for the
     * account as of today.
     */
    public void fill(long id, Model model) {
        Performance p = performance.performance(id, null);
        Performance.Ttm t = p.ttm();
        // a year-ago count is only known when some contact was on record by then (counts go by when contacts were added)
        LocalDate yearAgo = p.asOf().minusDays(365);
        boolean yearAgoKnown = contacts.contactsOfAccount(id).stream()
                .anyMatch(c -> !c.createdAt().toLocalDate().isAfter(yearAgo));
        String unknownYearAgo = "a year ago not known: no contact was on record then";
        List<Figure> figures = List.of(
                new Figure("revenue, last twelve months", compactMoney(t.revenue()), growthText(t.growth())),
                new Figure("gross margin", pct(t.grossMargin()), "over the sales that carry a cost"),
                new Figure("retention", pct(t.retention()), "of last year's buying cells buy again"),
                new Figure("NPS", t.nps() == null ? "—" : t.nps().toPlainString(), "latest answer of each contact"),
                new Figure("customer lifetime value", compactMoney(t.clv()), "margin to date and to come"),
                new Figure("active contacts", String.valueOf(t.activeContacts()),
                        yearAgoKnown ? t.activeContactsYearAgo() + " a year ago" : unknownYearAgo),
                new Figure("units with a contact", String.valueOf(t.unitsWithContact()),
                        yearAgoKnown ? t.unitsWithContactYearAgo() + " a year ago" : unknownYearAgo));
        model.addAttribute("performance", p);
        model.addAttribute("figures", figures);
        model.addAttribute("chartData", chartJson(p));
        model.addAttribute("targetRows", p.targets().stream().map(g -> Map.of("metric", g.metric().name(),
                "period", g.period(), "target", show(g.metric(), g.target()), "actual", show(g.metric(), g.actual()),
                "gap", GapText.of(g.metric(), g.gap(), currency))).toList());
        model.addAttribute("metrics", Metric.values());
    }

    private String show(Metric metric, BigDecimal v) {
        if (v == null) return "—";
        return switch (metric) {
            case REVENUE, CLV -> Money.format(v.setScale(2, RoundingMode.HALF_UP), currency);
            case GROWTH, GROSS_MARGIN, RETENTION -> Money.percent(v);
            default -> v.stripTrailingZeros().toPlainString();
        };
    }

    /** "EUR 1.8M" for a figure tile; the exact amount stays in the tables and the API. */
    private String compactMoney(BigDecimal amount) {
        return currency + " " + (amount == null || amount.signum() == 0 ? "0" : Money.compact(amount));
    }

    private static String pct(BigDecimal ratio) {
        return ratio == null ? "—" : Money.percent(ratio);
    }

    private static String growthText(BigDecimal growth) {
        if (growth == null) return "no revenue the year before";
        return (growth.signum() >= 0 ? "+" : "") + Money.percent(growth) + " on the year before";
    }

    /** The last four calendar years: revenue and gross margin, with the yearly targets as lines. */
    private static String chartJson(Performance p) {
        List<Performance.Year> years = p.years().subList(Math.max(0, p.years().size() - 4), p.years().size());
        StringBuilder out = new StringBuilder("{\"years\":[");
        out.append(years.stream().map(y -> "\"" + y.year() + "\"").collect(Collectors.joining(",")));
        out.append("],\"revenue\":[").append(years.stream().map(y -> y.revenue().toPlainString())
                .collect(Collectors.joining(",")));
        out.append("],\"margin\":[").append(years.stream().map(y -> y.grossMargin() == null ? "null"
                : y.grossMargin().multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString())
                .collect(Collectors.joining(",")));
        out.append("],\"revenueTarget\":[").append(years.stream().map(y -> target(p, Metric.REVENUE, y.year(), false))
                .collect(Collectors.joining(",")));
        out.append("],\"marginTarget\":[").append(years.stream().map(y -> target(p, Metric.GROSS_MARGIN, y.year(), true))
                .collect(Collectors.joining(",")));
        return out.append("]}").toString();
    }

    private static String target(Performance p, Metric metric, int year, boolean percent) {
        return p.targets().stream().filter(t -> t.metric() == metric && t.period().equals(String.valueOf(year)))
                .findFirst().map(t -> percent ? t.target().multiply(BigDecimal.valueOf(100)).setScale(1,
                        RoundingMode.HALF_UP).toPlainString() : t.target().toPlainString()).orElse("null");
    }
}
