package app.prism.home;

import app.prism.account.AccountService;
import app.prism.account.AccountView;
import app.prism.exposure.ExposureService;
import app.prism.penetration.Matrix;
import app.prism.penetration.PenetrationService;
import app.prism.relationship.RiskService;
import app.prism.scoring.ScoringService;
import app.prism.scoring.Segment;
import app.prism.web.Money;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Accounts list with the figures Home shows for "my accounts" (segment, penetration, TTM revenue, exposure gaps,
 * open risks), sortable by any column. The account's own columns sort in SQL, a page at a time; a figure's column
 * needs every visible account's figure, so it is sorted over all of them and then paged.
 */
@Controller
class AccountListPages {

    static final int PAGE_SIZE = 25;

    /** The columns sorted by a figure from another capability (the rest are the account list's own SQL sorts). */
    static final Set<String> FIGURE_SORTS = Set.of("segment", "penetration", "revenue", "gaps", "risks");

    /** One row of the list: the account and its figures. {@code segment} is null for an account not scored. */
    record Row(AccountView account, Segment segment, BigDecimal penetration, String penetrationText, BigDecimal revenue,
            String revenueText, int gaps, int risks) {}

    private final AccountService accounts;
    private final PenetrationService penetration;
    private final ExposureService exposure;
    private final RiskService risks;
    private final ScoringService scoring;
    private final String currency;

    AccountListPages(AccountService accounts, PenetrationService penetration, ExposureService exposure,
            RiskService risks, ScoringService scoring, @Value("${prism.currency:EUR}") String currency) {
        this.accounts = accounts;
        this.penetration = penetration;
        this.exposure = exposure;
        this.risks = risks;
        this.scoring = scoring;
        this.currency = currency;
    }

    @GetMapping("/accounts")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, Model model) {
        String key = sort == null ? "name" : sort.startsWith("-") ? sort.substring(1) : sort;
        boolean descending = sort != null && sort.startsWith("-");
        String safeSort;
        Paged<Row> rows;
        if (FIGURE_SORTS.contains(key)) {
            safeSort = sort;
            PageQuery query = PageQuery.of(page, PAGE_SIZE, q);
            List<Row> all = rows(everyVisible(q));
            all.sort(order(key, descending));
            int from = Math.min(query.page() * PAGE_SIZE, all.size());
            rows = new Paged<>(all.subList(from, Math.min(from + PAGE_SIZE, all.size())), query.page(), PAGE_SIZE,
                    all.size());
        } else {
            safeSort = accounts.isKnownSort(sort) ? sort : "name";
            Paged<AccountView> found = accounts.listAccounts(PageQuery.of(page, PAGE_SIZE, q), safeSort, false);
            rows = new Paged<>(rows(found.items()), found.page(), found.size(), found.total());
        }
        model.addAttribute("accounts", rows);
        model.addAttribute("q", q);
        model.addAttribute("sort", safeSort);
        return "home/accounts";
    }

    private List<AccountView> everyVisible(String q) {
        List<AccountView> out = new ArrayList<>();
        for (int p = 0; ; p++) {
            Paged<AccountView> found = accounts.listAccounts(PageQuery.of(p, PageQuery.MAX_SIZE, q), "name", false);
            out.addAll(found.items());
            if (!found.hasNext()) return out;
        }
    }

    private List<Row> rows(Collection<AccountView> list) {
        List<Long> ids = list.stream().map(AccountView::id).toList();
        Map<Long, Matrix> figures = penetration.figuresOf(ids, null);
        Map<Long, BigDecimal> revenue = penetration.ttmRevenueByAccount(null);
        List<Row> out = new ArrayList<>();
        for (AccountView a : list) {
            BigDecimal share = figures.get(a.id()).summary().penetration();
            BigDecimal ttm = revenue.getOrDefault(a.id(), BigDecimal.ZERO.setScale(2));
            out.add(new Row(a, scoring.ratings(a.id(), null).segment(), share, Money.percent(share), ttm,
                    Money.estimate(ttm, currency), exposure.gapCount(a.id(), null),
                    risks.risks(a.id(), null).size()));
        }
        return out;
    }

    /** A figure's order; ties and accounts without the figure (not scored, no penetration) go by name, last. */
    static Comparator<Row> order(String key, boolean descending) {
        Comparator<Row> byName = Comparator.comparing(r -> r.account().name().toLowerCase());
        Comparator<Row> figure = switch (key) {
            case "segment" -> Comparator.comparing(Row::segment, Comparator.nullsLast(Comparator.naturalOrder()));
            case "penetration" -> Comparator.comparing(Row::penetration, Comparator.nullsLast(Comparator.naturalOrder()));
            case "revenue" -> Comparator.comparing(Row::revenue);
            case "gaps" -> Comparator.comparingInt(Row::gaps);
            case "risks" -> Comparator.comparingInt(Row::risks);
            default -> throw new IllegalArgumentException(key);
        };
        if (descending) {
            figure = switch (key) {
                case "segment" -> Comparator.comparing(Row::segment, Comparator.nullsLast(Comparator.reverseOrder()));
                case "penetration" -> Comparator.comparing(Row::penetration, Comparator.nullsLast(Comparator.reverseOrder()));
                default -> figure.reversed();
            };
        }
        return figure.thenComparing(byName);
    }
}
