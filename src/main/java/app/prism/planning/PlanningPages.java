package app.prism.planning;

import app.prism.account.AccountService;
import app.prism.account.AccountView;
import app.prism.contact.ContactService;
import app.prism.contact.ContactView;
import app.prism.web.Invalid;
import app.prism.web.Money;
import app.prism.web.PageQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account's Plan tab: performance with three-year trends and target lines, targets, survey answers; below them the
 * plan editor ({@link PlanPages}).
 */
@Controller
class PlanningPages {

    /** A figure on the page: its value as text, and how it compares with a year ago or its target. */
    record Figure(String label, String value, String detail) {}

    private final PerformanceService performance;
    private final AccountService accounts;
    private final ContactService contacts;
    private final String currency;
    private final PlanEditorModel planEditor;

    PlanningPages(PerformanceService performance, AccountService accounts, ContactService contacts,
            @Value("${prism.currency:EUR}") String currency, PlanEditorModel planEditor) {
        this.planEditor = planEditor;
        this.performance = performance;
        this.accounts = accounts;
        this.contacts = contacts;
        this.currency = currency;
    }

    @GetMapping("/accounts/{id}/plan")
    String plan(@PathVariable long id, Model model) {
        AccountView account = accounts.getAccount(id);
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
        Map<Long, ContactView> people = contacts.contactsOfAccount(id).stream()
                .collect(Collectors.toMap(ContactView::id, Function.identity()));
        model.addAttribute("account", account);
        model.addAttribute("tab", "plan");
        model.addAttribute("performance", p);
        model.addAttribute("figures", figures);
        model.addAttribute("chartData", chartJson(p));
        model.addAttribute("targetRows", p.targets().stream().map(g -> Map.of("metric", g.metric().name(),
                "period", g.period(), "target", show(g.metric(), g.target()), "actual", show(g.metric(), g.actual()),
                "gap", GapText.of(g.metric(), g.gap(), currency))).toList());
        model.addAttribute("metrics", Metric.values());
        model.addAttribute("answers", performance.answers(id, null, PageQuery.of(0, 10, null)).items());
        model.addAttribute("people", people);
        model.addAttribute("activePeople", people.values().stream().filter(ContactView::active)
                .sorted(java.util.Comparator.comparing(ContactView::name)).toList());
        model.addAttribute("today", performance.asOfOrToday(null));
        planEditor.fill(id, model);
        return "planning/plan";
    }

    /** Adds or changes one target (the others stay). */
    @PostMapping("/accounts/{id}/targets")
    String setTarget(@PathVariable long id, @RequestParam Metric metric, @RequestParam String period,
            @RequestParam(required = false) BigDecimal value, RedirectAttributes redirect) {
        List<TargetInput> targets = new ArrayList<>(performance.targets(id).stream()
                .filter(t -> !(t.metric() == metric && t.period().equals(period))).toList());
        if (value != null) targets.add(new TargetInput(metric, period.strip().toUpperCase(), value));
        try {
            performance.replaceTargets(id, targets);
            redirect.addFlashAttribute("notice", value == null ? "Target removed." : "Target saved.");
        } catch (Invalid e) {
            redirect.addFlashAttribute("problem", e.errors().get(0).message());
        }
        return "redirect:/accounts/" + id + "/plan#targets";
    }

    @PostMapping("/accounts/{id}/survey-answers")
    String addAnswer(@PathVariable long id, @RequestParam(required = false) Long contactId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Integer score, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        accounts.getAccount(id);
        try {
            performance.recordAnswer(new NewSurveyAnswer(contactId, date, score, comment));
            redirect.addFlashAttribute("notice", "Answer recorded.");
        } catch (Invalid e) {
            redirect.addFlashAttribute("problem", e.errors().stream().map(p -> p.field() + ": " + p.message())
                    .collect(Collectors.joining("; ")));
        }
        return "redirect:/accounts/" + id + "/plan#answers";
    }

    /** Many answers at once from a CSV file: all or nothing, the bad lines named. */
    @PostMapping("/accounts/{id}/survey-answers/import")
    String importAnswers(@PathVariable long id, @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
            RedirectAttributes redirect) throws java.io.IOException {
        accounts.getAccount(id);
        try {
            int n = performance.recordAnswers(SurveyCsv.read(file.getInputStream())).size();
            redirect.addFlashAttribute("notice", n + " answer(s) imported.");
        } catch (Invalid e) {
            redirect.addFlashAttribute("problem", "Nothing imported: " + e.errors().stream().limit(10)
                    .map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        }
        return "redirect:/accounts/" + id + "/plan#answers";
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
