package app.prism.exposure;

import app.prism.account.AccountService;
import app.prism.catalog.ProductService;
import app.prism.catalog.ProductView;
import app.prism.contact.ContactService;
import app.prism.contact.ContactView;
import app.prism.sales.SalesFacts;
import app.prism.web.Invalid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The "lost because unaware" report over the accounts the signed-in user may see. */
@Service
public class UnawareReports {

    private final SalesFacts salesFacts;
    private final ExposureService exposure;
    private final TouchpointService touchpoints;
    private final ContactService contacts;
    private final ProductService products;
    private final AccountService accounts;

    UnawareReports(SalesFacts salesFacts, ExposureService exposure, TouchpointService touchpoints,
            ContactService contacts, ProductService products, AccountService accounts) {
        this.salesFacts = salesFacts;
        this.exposure = exposure;
        this.touchpoints = touchpoints;
        this.contacts = contacts;
        this.products = products;
        this.accounts = accounts;
    }

    /** The period defaults to the twelve months to today (today − 364 … today). */
    public UnawareReport report(LocalDate from, LocalDate to) {
        LocalDate end = to != null ? to : exposure.asOfOrToday(null);
        LocalDate start = from != null ? from : end.minusDays(364);
        if (start.isAfter(end)) throw Invalid.field("from", "must be on or before to");
        List<SalesFacts.UnawareLossOfAccount> losses = salesFacts.lostBecauseUnaware(start, end);
        Map<Long, ProductView> productsById = products.allProducts().stream()
                .collect(Collectors.toMap(ProductView::id, Function.identity()));
        Map<Long, String> accountNames = new HashMap<>();
        Map<Long, List<ContactView>> peopleByAccount = new HashMap<>();
        Map<Long, Integer> cadenceByAccount = new HashMap<>();
        List<UnawareReport.Loss> out = new ArrayList<>();
        for (SalesFacts.UnawareLossOfAccount l : losses) {
            accountNames.computeIfAbsent(l.accountId(), id -> accounts.getAccount(id).name());
            List<ContactView> people = peopleByAccount.computeIfAbsent(l.accountId(), contacts::contactsOfAccount);
            int cadence = cadenceByAccount.computeIfAbsent(l.accountId(), id -> exposure.cadence(id).cadenceDays());
            // the unit's people who were there at the loss: active now, or left after it
            List<ContactView> there = people.stream().filter(c -> c.unitId() == l.unitId() && (c.active()
                    || (c.deactivatedAt() != null && c.deactivatedAt().toLocalDate().isAfter(l.closeDate())))).toList();
            Map<Long, LocalDate> last = touchpoints.lastExposedOn(l.accountId(),
                    there.stream().map(ContactView::id).toList(), l.productId(), l.closeDate());
            List<UnawareReport.UnawareContact> unaware = there.stream()
                    .filter(c -> GapRule.isGap(last.get(c.id()), l.closeDate(), cadence))
                    .map(c -> new UnawareReport.UnawareContact(c.id(), c.name(), last.get(c.id())))
                    .sorted(Comparator.comparing(UnawareReport.UnawareContact::name)).toList();
            out.add(new UnawareReport.Loss(l.opportunityId(), l.accountId(), l.unitId(), l.productId(), l.title(),
                    money(l.value()), l.closeDate(), l.competitor(), cadence, unaware,
                    // everyone known there had heard about it in time: the reason given is in doubt
                    unaware.isEmpty()));
        }
        Map<String, UnawareReport.Bucket> byMonth = new TreeMap<>();
        // every month of the period (up to ten years of them), those without a loss at zero: a time axis without holes
        YearMonth first = YearMonth.from(start);
        YearMonth last = YearMonth.from(end).isAfter(first.plusMonths(119)) ? first.minusMonths(1) : YearMonth.from(end);
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            byMonth.put(m.toString(), new UnawareReport.Bucket(m.toString(), m.toString(), 0,
                    BigDecimal.ZERO.setScale(2)));
        }
        Map<String, UnawareReport.Bucket> byProduct = new LinkedHashMap<>();
        Map<String, UnawareReport.Bucket> byAccount = new LinkedHashMap<>();
        for (UnawareReport.Loss l : out) {
            String month = YearMonth.from(l.closeDate()).toString();
            add(byMonth, month, month, l.value());
            ProductView p = productsById.get(l.productId());
            add(byProduct, String.valueOf(l.productId()), p == null ? "?" : p.name(), l.value());
            add(byAccount, String.valueOf(l.accountId()), accountNames.get(l.accountId()), l.value());
        }
        BigDecimal total = out.stream().map(UnawareReport.Loss::value).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        List<UnawareReport.Loss> disputed = out.stream().filter(UnawareReport.Loss::disputed).toList();
        BigDecimal disputedValue = disputed.stream().map(UnawareReport.Loss::value)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new UnawareReport(start, end, out.size(), total, disputed.size(), disputedValue,
                new ArrayList<>(byMonth.values()),
                byValue(byProduct), byValue(byAccount), out);
    }

    /** The account names of the report's accounts, for pages. */
    public Map<Long, String> accountNames(UnawareReport report) {
        Map<Long, String> out = new HashMap<>();
        report.losses().forEach(l -> out.computeIfAbsent(l.accountId(), id -> accounts.getAccount(id).name()));
        return out;
    }

    private static void add(Map<String, UnawareReport.Bucket> buckets, String key, String label, BigDecimal value) {
        buckets.merge(key, new UnawareReport.Bucket(key, label, 1, value),
                (a, b) -> new UnawareReport.Bucket(key, label, a.count() + b.count(), a.value().add(b.value())));
    }

    private static List<UnawareReport.Bucket> byValue(Map<String, UnawareReport.Bucket> buckets) {
        return buckets.values().stream().sorted(Comparator.comparing(UnawareReport.Bucket::value).reversed()
                .thenComparing(UnawareReport.Bucket::label)).toList();
    }

    private static BigDecimal money(BigDecimal v) {
        return v == null ? BigDecimal.ZERO.setScale(2) : v.setScale(2);
    }

}
